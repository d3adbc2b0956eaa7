package io.tickwise.results;

import java.util.List;

/**
 * The points of one real backend with the mean absolute percentage errors over them.
 *
 * @param bound      the prime bound of every task, chosen so that one task takes the requested
 *                   time on this backend
 * @param statistic  which value of the repeated runs is compared: {@code median} or {@code min}
 * @param calibration {@code per-round}: every run was scaled by its round's single-task run
 *                   before the statistic was taken, so that the machine's changes of speed between
 *                   rounds cancel; {@code once}: runs compared as measured
 * @param cpuSpeeds  {@code measured}: each round simulated with the speeds its single-task runs
 *                   confined to each CPU showed; {@code equal}: every CPU at their mean
 * @param singleTaskSeconds the single task the model is calibrated with, one per round as
 *                   measured (the fastest CPU's under {@code measured}, the mean over CPUs under
 *                   {@code equal}): how much the machine's speed varied over the validation
 * @param probeByCpu the short probe task's time confined to each CPU in turn, before the rounds
 * @param singleTaskByRound per round, the single task confined to each CPU in turn: the one-task
 *                   point, and the CPUs' speeds in that round
 * @param startup    the CPU the backend spends without any work: for the image, the emulator's
 *                   own per VM, which the simulated system is charged
 * @param timeMAPE   over the points with two or more tasks: one task is the calibration, which
 *                   the model reproduces by construction (over all points if there is no other)
 * @param ticksMAPE  over every point
 * @param otherCpuSpeeds the errors of the other CPU speed model on the same runs
 */
public record BackendValidation(String backend, long bound, String statistic, String calibration, String cpuSpeeds,
                                Spread singleTaskSeconds, List<CpuProbe> probeByCpu,
                                List<List<CpuProbe>> singleTaskByRound, StartupCpu startup,
                                List<ValidationPoint> points,
                                double timeMAPE, double ticksMAPE, Errors otherCpuSpeeds) {
    public BackendValidation {
        probeByCpu = List.copyOf(probeByCpu);
        singleTaskByRound = singleTaskByRound.stream().map(List::copyOf).toList();
        points = List.copyOf(points);
    }

    /** The slowest CPU's probe time over the fastest's: 1 on a machine of equal CPUs. */
    public double cpuSpeedRatio() {
        return slowestOverFastest(probeByCpu);
    }

    /** The largest ratio of a round's slowest single-task run to its fastest, over the rounds. */
    public double largestRoundSpeedRatio() {
        return singleTaskByRound.stream().mapToDouble(BackendValidation::slowestOverFastest).max().orElse(1);
    }

    private static double slowestOverFastest(List<CpuProbe> runs) {
        double fastest = runs.stream().mapToDouble(CpuProbe::seconds).min().orElse(1);
        double slowest = runs.stream().mapToDouble(CpuProbe::seconds).max().orElse(1);
        return slowest / fastest;
    }

    /** Mean absolute percentage errors of one model on the same runs. */
    public record Errors(String cpuSpeeds, double timeMAPE, double ticksMAPE) {
    }

    /** One task confined to one CPU: seconds from ready to result (for the probe, the median of its runs). */
    public record CpuProbe(int cpu, double seconds) {
    }

    /**
     * Host ticks of runs that count primes below 0: start-up, boot and exit alone, calibrated
     * like the other runs of their rounds. The model is charged the backend's statistic of them.
     */
    public record StartupCpu(double medianTicks, double minTicks, double maxTicks, int runs) {
    }

    /** Minimum, median and maximum of repeated measurements. */
    public record Spread(double min, double median, double max) {
    }
}
