package io.tickwise.report.findings;

import io.tickwise.report.data.Curves;
import io.tickwise.report.data.Metric;
import io.tickwise.report.data.Numbers;
import io.tickwise.results.PairedRatio;

import java.util.Comparator;
import java.util.List;

/**
 * The best (lowest mean) of the listed systems is no worse than each of the {@code others} on
 * at least {@code quorum} of the selected task counts, judged on paired 95 % intervals: at a
 * task count it holds when every interval of best / other lies at or below 1, fails when one
 * lies above 1, and is within noise otherwise.
 */
public record BestCheck(Metric metric, List<String> systems, List<String> others, TaskSelection tasks,
                        Double quorum) implements Check {

    private static final Bounds NO_WORSE = new Bounds(null, 1.0, null, null);

    public BestCheck {
        Require.present("metric", metric);
        systems = Require.nonEmpty("systems", systems);
        others = Require.nonEmpty("others", others);
        tasks = tasks == null ? TaskSelection.ALL : tasks;
        quorum = Require.quorum(quorum);
    }

    @Override
    public CheckOutcome evaluate(Curves curves) {
        List<String> involved = Require.union(systems, others);
        TaskSelection.Resolution selected = Require.data(curves, involved, tasks);
        if (!selected.found()) {
            return CheckOutcome.missing(selected.missing());
        }
        Tally tally = new Tally();
        for (int n : selected.tasks()) {
            tally.record(n, atTasks(curves, n));
        }
        return new CheckOutcome(tally.verdict(quorum), metric.key() + " at " + tasks + ": best of "
                + String.join(", ", systems) + " no worse than each of " + String.join(", ", others)
                + " (paired 95 % intervals) at " + tally + " (need " + Numbers.percent(quorum) + ")");
    }

    private Verdict atTasks(Curves curves, int tasks) {
        String best = systems.stream()
                .min(Comparator.comparingDouble(s -> curves.mean(s, tasks, metric).orElseThrow()))
                .orElseThrow();
        Verdict worst = Verdict.HELD;
        for (String other : others) {
            PairedRatio ratio = curves.paired(best, other, tasks, metric).orElse(null);
            Verdict verdict = ratio == null ? Verdict.WITHIN_NOISE : NO_WORSE.judge(ratio);
            worst = Verdict.allOf(List.of(worst, verdict));
        }
        return worst;
    }
}
