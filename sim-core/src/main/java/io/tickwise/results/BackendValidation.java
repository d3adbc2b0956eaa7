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
 * @param singleTaskSeconds the single-task runs as measured, one per round: how much the
 *                   machine's speed varied over the validation
 * @param probeByCpu the probe task's time confined to each CPU in turn; the model takes the CPUs
 *                   to be equally fast, so where they differ by more than the error the comparison
 *                   is judged at, its error includes that difference
 * @param startup    the CPU the backend spends without any work: for the image, the emulator's
 *                   own per VM, which the simulated system is charged
 * @param timeMAPE   over the points with two or more tasks: one task is the calibration, which
 *                   the model reproduces by construction (over all points if there is no other)
 * @param ticksMAPE  over every point
 */
public record BackendValidation(String backend, long bound, String statistic, String calibration,
                                Spread singleTaskSeconds, List<CpuProbe> probeByCpu, StartupCpu startup,
                                List<ValidationPoint> points,
                                double timeMAPE, double ticksMAPE) {
    public BackendValidation {
        probeByCpu = List.copyOf(probeByCpu);
        points = List.copyOf(points);
    }

    /** The slowest CPU's probe time over the fastest's: 1 on a machine of equal CPUs. */
    public double cpuSpeedRatio() {
        double fastest = probeByCpu.stream().mapToDouble(CpuProbe::seconds).min().orElse(1);
        double slowest = probeByCpu.stream().mapToDouble(CpuProbe::seconds).max().orElse(1);
        return slowest / fastest;
    }

    /** One task of the probe's bound, confined to one CPU: median seconds from ready to result. */
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
