package io.tickwise.metrics;

/**
 * A measured quantity, recorded as a whole number of {@code baseUnit}s (nanoseconds, ticks,
 * microjoules) so histograms stay exact integers; {@code scale} converts to the reported unit.
 */
public record Metric(String name, String baseUnit, double scale) {
}
