package io.tickwise.results;

import java.util.List;

/**
 * One metric of one point over its repetitions. {@code samples} holds each repetition's value
 * in repetition order, so that points measured with the same random streams can be paired.
 * {@code uncertainty} is its spread across parameter samples, null unless the run sampled them.
 */
public record Summary(double mean, double stdev, double p50, double p5, double p95, double min, double max,
                      List<Double> samples, Uncertainty uncertainty) {
    public Summary {
        samples = List.copyOf(samples);
    }

    /** A summary of repetitions alone. */
    public Summary(double mean, double stdev, double p50, double p5, double p95, double min, double max,
                   List<Double> samples) {
        this(mean, stdev, p50, p5, p95, min, max, samples, null);
    }

    public Summary withUncertainty(Uncertainty value) {
        return new Summary(mean, stdev, p50, p5, p95, min, max, samples, value);
    }
}
