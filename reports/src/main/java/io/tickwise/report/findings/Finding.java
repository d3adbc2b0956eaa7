package io.tickwise.report.findings;

import io.tickwise.report.data.Curves;
import io.tickwise.report.host.HostFamily;

import java.util.ArrayList;
import java.util.List;

/**
 * One claim of the paper, the host it was made for, and the checks that test it.
 *
 * @param reason why the thresholds are what they are: they interpret the paper's prose,
 *               they are not fitted to any results
 */
public record Finding(String id, HostFamily host, String title, String quote, String reason, List<Check> checks) {

    public Finding {
        Require.present("id", id);
        Require.present("host", host);
        Require.present("title", title);
        Require.present("quote", quote);
        Require.present("reason", reason);
        if (checks == null || checks.isEmpty()) {
            throw new IllegalArgumentException("checks must list at least one check");
        }
        checks = List.copyOf(checks);
    }

    public FindingResult evaluate(Curves curves) {
        List<Verdict> verdicts = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (Check check : checks) {
            CheckOutcome outcome = check.evaluate(curves);
            verdicts.add(outcome.verdict());
            evidence.add(outcome.evidence());
        }
        return new FindingResult(id, host.key(), title, quote, Verdict.allOf(verdicts), String.join("; ", evidence));
    }
}
