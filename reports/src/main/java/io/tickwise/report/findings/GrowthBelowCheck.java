package io.tickwise.report.findings;

import io.tickwise.report.data.Curves;
import io.tickwise.report.data.Metric;
import io.tickwise.report.data.Numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * Each listed system grows within {@code allowed} and by less than every reference system,
 * between the same two task counts.
 */
public record GrowthBelowCheck(Metric metric, List<String> systems, List<String> reference,
                               Integer from, Integer to, Bounds allowed) implements Check {

    public GrowthBelowCheck {
        Require.present("metric", metric);
        systems = Require.nonEmpty("systems", systems);
        reference = Require.nonEmpty("reference", reference);
        Require.present("from", from);
        Require.present("to", to);
        Require.present("allowed", allowed);
    }

    @Override
    public CheckOutcome evaluate(Curves curves) {
        List<String> involved = Require.union(systems, reference);
        TaskSelection.Resolution ends = Require.data(curves, involved, new TaskSelection(List.of(from, to), null, null));
        if (!ends.found()) {
            return CheckOutcome.missing(ends.missing());
        }
        double smallestReference = Double.POSITIVE_INFINITY;
        List<String> referenceClauses = new ArrayList<>();
        for (String system : reference) {
            GrowthCheck.Growth growth = GrowthCheck.Growth.of(curves, system, metric, from, to);
            smallestReference = Math.min(smallestReference, growth.ratio());
            referenceClauses.add(growth.system() + " " + Numbers.ratio(growth.ratio()));
        }
        boolean held = true;
        List<String> clauses = new ArrayList<>();
        for (String system : systems) {
            GrowthCheck.Growth growth = GrowthCheck.Growth.of(curves, system, metric, from, to);
            held &= allowed.admits(growth.ratio()) && growth.ratio() < smallestReference;
            clauses.add(growth.toString());
        }
        return CheckOutcome.of(held, metric.key() + " " + from + "→" + to + " tasks, allowed " + allowed
                + " and < " + Numbers.ratio(smallestReference) + ", the smallest growth of "
                + String.join(", ", referenceClauses) + ": " + String.join("; ", clauses));
    }
}
