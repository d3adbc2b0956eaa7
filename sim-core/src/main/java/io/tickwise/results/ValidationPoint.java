package io.tickwise.results;

/**
 * One task count run for real and simulated. The measured values compared with the simulated
 * ones are the backend's statistic (minimum or median) over the runs kept; minimum, median and
 * maximum are all given, to show the spread.
 *
 * @param runs          measured runs the medians are over
 * @param disturbedRuns runs that shared the machine with other work or left usable CPUs idle;
 *                      each was run again, and any still disturbed after its retries is kept
 *                      and counted here too
 */
public record ValidationPoint(int tasks, double measuredSeconds, double simulatedSeconds,
                              double measuredTicks, double simulatedTicks,
                              double measuredSecondsMin, double measuredSecondsMedian, double measuredSecondsMax,
                              double measuredTicksMin, double measuredTicksMedian, double measuredTicksMax,
                              int runs, int disturbedRuns) {
}
