package io.tickwise.results;

/**
 * Time, host ticks and energy of one system at one task count, over the repetitions, and the
 * same against the baseline system; {@code vsBaseline} is null in the baseline's own series.
 */
public record PointResult(int tasks, Summary timeSeconds, Summary ticks, Summary energyJoules, VsBaseline vsBaseline) {

    /** The same point compared with {@code baseline}. */
    public PointResult against(String system, PointResult baseline) {
        return new PointResult(tasks, timeSeconds, ticks, energyJoules, VsBaseline.of(system, this, baseline));
    }

    /** The same point with each metric's spread across parameter samples. */
    public PointResult withUncertainty(Uncertainty time, Uncertainty ticksAcross, Uncertainty energy) {
        return new PointResult(tasks, timeSeconds.withUncertainty(time), ticks.withUncertainty(ticksAcross),
                energyJoules.withUncertainty(energy), vsBaseline);
    }
}
