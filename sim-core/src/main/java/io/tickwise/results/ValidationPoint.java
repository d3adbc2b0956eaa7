package io.tickwise.results;

/** One task count run for real and simulated. */
public record ValidationPoint(int tasks, double measuredSeconds, double simulatedSeconds,
                              double measuredTicks, double simulatedTicks) {
}
