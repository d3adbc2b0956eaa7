package io.tickwise.results;

/** One metric of one point over its repetitions. */
public record Summary(double mean, double p50, double p5, double p95, double min, double max) {
}
