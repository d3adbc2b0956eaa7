package io.tickwise.cluster;

import io.tickwise.sweep.Measurement;

/**
 * One run's raw measurement (one value per metric), as a worker sends it back. Raw values
 * rather than per-point histograms: a unit is a single repetition, three longs are smaller than
 * any encoded histogram, and the coordinator then builds each point's distributions from the
 * repetitions in order — exactly as a local sweep does, so the results are byte-identical.
 */
public record RunResult(long run, long[] values) {

    public Measurement measurement() {
        return new Measurement(values);
    }
}
