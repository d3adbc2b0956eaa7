package io.tickwise.report.findings;

import io.tickwise.report.data.Curves;
import io.tickwise.report.data.Metric;
import io.tickwise.report.data.Numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * The ratio of each listed system to each system it is compared {@code against}, at the
 * selected task counts. A pair holds where at least {@code quorum} of its points are within
 * {@code allowed} (1.0, every point, unless the paper speaks of "most" points).
 */
public record RatioCheck(Metric metric, List<String> systems, List<String> against, TaskSelection tasks,
                         Bounds allowed, Double quorum) implements Check {

    public RatioCheck {
        Require.present("metric", metric);
        systems = Require.nonEmpty("systems", systems);
        against = Require.nonEmpty("against", against);
        tasks = tasks == null ? TaskSelection.ALL : tasks;
        Require.present("allowed", allowed);
        quorum = Require.quorum(quorum);
    }

    @Override
    public CheckOutcome evaluate(Curves curves) {
        List<String> involved = Require.union(systems, against);
        TaskSelection.Resolution selected = Require.data(curves, involved, tasks);
        if (!selected.found()) {
            return CheckOutcome.missing(selected.missing());
        }
        boolean held = true;
        List<String> clauses = new ArrayList<>();
        for (String system : systems) {
            for (String other : against) {
                if (!other.equals(system)) {
                    Pair pair = Pair.of(curves, metric, system, other, selected.tasks(), allowed);
                    held &= pair.tally().reaches(quorum);
                    clauses.add(pair.toString());
                }
            }
        }
        String need = quorum < 1 ? ", on at least " + Numbers.percent(quorum) + " of points" : "";
        return CheckOutcome.of(held, metric.key() + " at " + tasks + ", allowed " + allowed + need + ": "
                + String.join("; ", clauses));
    }

    private record Pair(String system, String other, double lowest, double highest, Tally tally) {

        static Pair of(Curves curves, Metric metric, String system, String other, List<Integer> tasks,
                       Bounds allowed) {
            Tally tally = new Tally();
            double lowest = Double.POSITIVE_INFINITY;
            double highest = Double.NEGATIVE_INFINITY;
            for (int n : tasks) {
                double ratio = curves.mean(system, n, metric).orElseThrow() / curves.mean(other, n, metric).orElseThrow();
                lowest = Math.min(lowest, ratio);
                highest = Math.max(highest, ratio);
                tally.record(n, allowed.admits(ratio));
            }
            return new Pair(system, other, lowest, highest, tally);
        }

        @Override
        public String toString() {
            String range = lowest == highest ? Numbers.ratio(lowest)
                    : Numbers.ratio(lowest) + ".." + Numbers.ratio(highest);
            return system + " / " + other + " " + range + ", " + tally;
        }
    }
}
