package io.tickwise.results;

import java.util.List;

/**
 * One metric of one point over its repetitions. {@code samples} holds each repetition's value
 * in repetition order, so that points measured with the same random streams can be paired.
 */
public record Summary(double mean, double stdev, double p50, double p5, double p95, double min, double max,
                      List<Double> samples) {
    public Summary {
        samples = List.copyOf(samples);
    }
}
