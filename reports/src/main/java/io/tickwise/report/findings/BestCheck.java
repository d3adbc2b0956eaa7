package io.tickwise.report.findings;

import io.tickwise.report.data.Curves;
import io.tickwise.report.data.Metric;
import io.tickwise.report.data.Numbers;

import java.util.List;

/**
 * The best (lowest) of the listed systems is no worse than the best of the {@code others}
 * on at least {@code quorum} of the selected task counts.
 */
public record BestCheck(Metric metric, List<String> systems, List<String> others, TaskSelection tasks,
                        Double quorum) implements Check {

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
            tally.record(n, best(curves, systems, n) <= best(curves, others, n));
        }
        return CheckOutcome.of(tally.reaches(quorum), metric.key() + " at " + tasks + ": best of "
                + String.join(", ", systems) + " no worse than best of " + String.join(", ", others) + " at "
                + tally + " (need " + Numbers.percent(quorum) + ")");
    }

    private double best(Curves curves, List<String> group, int tasks) {
        return group.stream().mapToDouble(s -> curves.mean(s, tasks, metric).orElseThrow()).min().orElseThrow();
    }
}
