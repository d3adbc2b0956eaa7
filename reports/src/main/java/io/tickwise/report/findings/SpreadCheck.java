package io.tickwise.report.findings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tickwise.report.data.Curves;
import io.tickwise.report.data.Metric;
import io.tickwise.report.data.Numbers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * At each selected task count, every listed system is within {@code maxDeviation} of their
 * median. The deviation is relative to the median itself, or with {@code relativeTo:
 * fullScale} to the largest mean of these systems anywhere in the results — the top of the
 * figure's axis, for claims read off a figure where small values cannot be told apart.
 */
public record SpreadCheck(Metric metric, List<String> systems, TaskSelection tasks, Double maxDeviation,
                          Scale relativeTo) implements Check {

    public enum Scale {
        @JsonProperty("median") MEDIAN,
        @JsonProperty("fullScale") FULL_SCALE
    }

    public SpreadCheck {
        Require.present("metric", metric);
        systems = Require.nonEmpty("systems", systems);
        tasks = tasks == null ? TaskSelection.ALL : tasks;
        Require.present("maxDeviation", maxDeviation);
        if (maxDeviation <= 0) {
            throw new IllegalArgumentException("maxDeviation must be positive");
        }
        relativeTo = relativeTo == null ? Scale.MEDIAN : relativeTo;
    }

    @Override
    public CheckOutcome evaluate(Curves curves) {
        TaskSelection.Resolution selected = Require.data(curves, systems, tasks);
        if (!selected.found()) {
            return CheckOutcome.missing(selected.missing());
        }
        double fullScale = systems.stream()
                .flatMap(s -> curves.points(s).values().stream())
                .mapToDouble(p -> metric.of(p).mean())
                .max()
                .orElseThrow();
        Tally tally = new Tally();
        double worst = 0;
        String worstAt = "";
        for (int n : selected.tasks()) {
            double[] values = systems.stream().mapToDouble(s -> curves.mean(s, n, metric).orElseThrow()).toArray();
            double median = median(values);
            double scale = relativeTo == Scale.MEDIAN ? median : fullScale;
            boolean within = true;
            for (int i = 0; i < values.length; i++) {
                double deviation = (values[i] - median) / scale;
                within &= Math.abs(deviation) <= maxDeviation;
                if (Math.abs(deviation) > Math.abs(worst)) {
                    worst = deviation;
                    worstAt = systems.get(i) + " at " + n + " tasks";
                }
            }
            tally.record(n, within);
        }
        String base = relativeTo == Scale.MEDIAN ? "the median"
                : "the full scale " + Numbers.value(fullScale) + " " + metric.unit();
        String largest = worstAt.isEmpty() ? "all equal"
                : "largest deviation from the median " + String.format(Locale.ROOT, "%+.1f %%", worst * 100)
                + " of " + base + " (" + worstAt + ")";
        return CheckOutcome.of(tally.reaches(1.0), metric.key() + " at " + tasks + ": " + largest + ", "
                + tally + " within ±" + Numbers.percent(maxDeviation));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
