package io.tickwise.uncertainty;

import java.util.Arrays;

/** Percentiles of a few dozen values by linear interpolation between order statistics (Hyndman–Fan type 7). */
public final class Quantiles {

    private Quantiles() {
    }

    /** The {@code percent} percentile (0–100) of {@code values}, which it does not modify. */
    public static double percentile(double[] values, double percent) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = percent / 100 * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        double fraction = position - below;
        // Equal neighbours give exactly their value, so a metric that never moves has p5 = p95 bit for bit.
        return sorted[below] == sorted[above] ? sorted[below] : sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
