package io.tickwise.results;

/**
 * One task count run for real and simulated. Measured values are medians over the runs kept;
 * the minimum and maximum show their spread.
 *
 * @param runs          measured runs the medians are over
 * @param disturbedRuns runs that shared the machine with other work or left usable CPUs idle;
 *                      each was run again, and any still disturbed after its retries is kept
 *                      and counted here too
 */
public record ValidationPoint(int tasks, double measuredSeconds, double simulatedSeconds,
                              double measuredTicks, double simulatedTicks,
                              double measuredSecondsMin, double measuredSecondsMax,
                              double measuredTicksMin, double measuredTicksMax,
                              int runs, int disturbedRuns) {
}
