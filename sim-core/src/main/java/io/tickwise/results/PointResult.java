package io.tickwise.results;

/** Time, host ticks and energy of one system at one task count, over the repetitions. */
public record PointResult(int tasks, Summary timeSeconds, Summary ticks, Summary energyJoules) {
}
