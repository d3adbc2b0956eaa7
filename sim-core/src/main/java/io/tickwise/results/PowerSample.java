package io.tickwise.results;

/** Host power (wall) from {@code timeSeconds} until the next sample. */
public record PowerSample(double timeSeconds, double watts) {
}
