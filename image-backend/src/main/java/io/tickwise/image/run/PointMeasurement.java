package io.tickwise.image.run;

import java.util.List;

/**
 * One measured point.
 *
 * @param backend          {@code processes}, {@code threads} or {@code image}
 * @param wallSeconds      from the launch request to the line carrying the sum
 * @param readySeconds     from the launch request to the worker's "ready" line: process start-up
 *                         for the runner, QEMU start, firmware and kernel boot for the image
 * @param ticks            utime + stime + cutime + cstime of the launched process, in USER_HZ
 *                         units, read from {@code /proc/<pid>/stat} when the sum line arrived
 * @param machineBusyTicks the busy ticks of every CPU of the machine over the same window,
 *                         the run's own included
 * @param cpus             the machine's CPUs
 * @param workers          per worker results, ordered by worker id
 * @param sum              the sum of all tasks' prime counts as the worker reported it
 */
public record PointMeasurement(String backend, int tasks, long bound, double wallSeconds,
                               double readySeconds, long ticks, long machineBusyTicks, int cpus,
                               List<WorkerResult> workers, long sum) {

    public PointMeasurement {
        workers = List.copyOf(workers);
    }

    /** From the "ready" line to the sum: the tasks' part of the run. */
    public double taskSeconds() {
        return wallSeconds - readySeconds;
    }

    public Interference interference() {
        return Interference.of(this);
    }
}
