package io.tickwise.results;

import java.util.List;

/** The power time series of one chosen run, piecewise constant between samples. */
public record PowerTrace(String system, int tasks, int repetition, List<PowerSample> samples) {
    public PowerTrace {
        samples = List.copyOf(samples);
    }
}
