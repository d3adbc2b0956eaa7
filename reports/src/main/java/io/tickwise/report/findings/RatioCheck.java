package io.tickwise.report.findings;

import io.tickwise.report.data.Curves;
import io.tickwise.report.data.Metric;
import io.tickwise.report.data.Numbers;
import io.tickwise.results.PairedRatio;

import java.util.ArrayList;
import java.util.List;

/**
 * The ratio of each listed system to each system it is compared {@code against}, at the
 * selected task counts, paired repetition by repetition. A point holds where the ratio's 95 %
 * interval lies within {@code allowed}, fails where it lies outside, and is within noise where
 * it straddles a bound. A pair holds where at least {@code quorum} of its points hold (1.0,
 * every point, unless the paper speaks of "most" points), fails where it cannot even if every
 * point within noise held, and is within noise otherwise.
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
        List<Verdict> verdicts = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        for (String system : systems) {
            for (String other : against) {
                if (!other.equals(system)) {
                    Pair pair = Pair.of(curves, metric, system, other, selected.tasks(), allowed);
                    verdicts.add(pair.tally().verdict(quorum));
                    clauses.add(pair.toString());
                }
            }
        }
        String need = quorum < 1 ? ", on at least " + Numbers.percent(quorum) + " of points" : "";
        return new CheckOutcome(Verdict.allOf(verdicts), metric.key() + " at " + tasks + ", paired 95 % intervals "
                + "within " + allowed + need + ": " + String.join("; ", clauses));
    }

    private record Pair(String system, String other, double lowest, double highest, Tally tally) {

        static Pair of(Curves curves, Metric metric, String system, String other, List<Integer> tasks,
                       Bounds allowed) {
            Tally tally = new Tally();
            double lowest = Double.POSITIVE_INFINITY;
            double highest = Double.NEGATIVE_INFINITY;
            for (int n : tasks) {
                PairedRatio ratio = curves.paired(system, other, n, metric).orElse(null);
                if (ratio == null) {
                    // The other's value is zero: no ratio, so nothing to tell.
                    tally.record(n, Verdict.WITHIN_NOISE);
                    continue;
                }
                lowest = Math.min(lowest, ratio.ciLow());
                highest = Math.max(highest, ratio.ciHigh());
                tally.record(n, allowed.judge(ratio));
            }
            return new Pair(system, other, lowest, highest, tally);
        }

        @Override
        public String toString() {
            String range = lowest > highest ? "no ratio" : Numbers.ratio(lowest).equals(Numbers.ratio(highest))
                    ? Numbers.ratio(lowest) : Numbers.ratio(lowest) + ".." + Numbers.ratio(highest);
            return system + " / " + other + " intervals " + range + ", " + tally;
        }
    }
}
