package io.tickwise.results;

/**
 * How a metric of a point varies across parameter samples: percentiles over the samples of each
 * sample's mean over its repetitions. Not the repetitions' spread, which {@link Summary} gives.
 */
public record Uncertainty(int samples, double p5, double p50, double p95) {
}
