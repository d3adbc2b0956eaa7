package io.tickwise.results;

/**
 * A point of one series against the same point of the baseline's series (same task count and
 * options, repetitions paired): time, ticks and energy as paired ratios. A metric is null where
 * a baseline value is zero.
 *
 * @param system the baseline's series
 */
public record VsBaseline(String system, PairedRatio timeSeconds, PairedRatio ticks, PairedRatio energyJoules) {

    /** {@code point} against {@code baseline}, the baseline series {@code system}'s point at the same task count. */
    public static VsBaseline of(String system, PointResult point, PointResult baseline) {
        return new VsBaseline(system,
                PairedRatio.of(point.timeSeconds().samples(), baseline.timeSeconds().samples()).orElse(null),
                PairedRatio.of(point.ticks().samples(), baseline.ticks().samples()).orElse(null),
                PairedRatio.of(point.energyJoules().samples(), baseline.energyJoules().samples()).orElse(null));
    }
}
