package io.tickwise.report.findings;

import io.tickwise.report.data.Curves;
import io.tickwise.report.data.Metric;
import io.tickwise.report.data.Numbers;

import java.util.ArrayList;
import java.util.List;

/** How much a metric grows from one task count to another, for each listed system. */
public record GrowthCheck(Metric metric, List<String> systems, Integer from, Integer to, Bounds allowed)
        implements Check {

    public GrowthCheck {
        Require.present("metric", metric);
        systems = Require.nonEmpty("systems", systems);
        Require.present("from", from);
        Require.present("to", to);
        Require.present("allowed", allowed);
    }

    @Override
    public CheckOutcome evaluate(Curves curves) {
        TaskSelection.Resolution ends = Require.data(curves, systems, new TaskSelection(List.of(from, to), null, null));
        if (!ends.found()) {
            return CheckOutcome.missing(ends.missing());
        }
        boolean held = true;
        List<String> clauses = new ArrayList<>();
        for (String system : systems) {
            Growth growth = Growth.of(curves, system, metric, from, to);
            held &= allowed.admits(growth.ratio());
            clauses.add(growth.toString());
        }
        return CheckOutcome.of(held, metric.key() + " " + from + "→" + to + " tasks, allowed " + allowed + ": "
                + String.join("; ", clauses));
    }

    /** A metric's change of one system between two task counts that both exist. */
    record Growth(String system, Metric metric, int from, int to, double before, double after) {

        static Growth of(Curves curves, String system, Metric metric, int from, int to) {
            return new Growth(system, metric, from, to,
                    curves.mean(system, from, metric).orElseThrow(),
                    curves.mean(system, to, metric).orElseThrow());
        }

        double ratio() {
            return after / before;
        }

        @Override
        public String toString() {
            return system + " " + Numbers.value(before) + " → " + Numbers.value(after) + " " + metric.unit()
                    + " (" + Numbers.ratio(ratio()) + ")";
        }
    }
}
