package io.tickwise.image.run;

import java.util.List;

/**
 * One measured point.
 *
 * @param backend       {@code processes}, {@code threads} or {@code image}
 * @param wallSeconds   from the launch request to the line carrying the sum
 * @param readySeconds  from the launch request to the worker's "ready" line: process start-up
 *                      for the runner, QEMU start, firmware and kernel boot for the image
 * @param ticks         utime + stime + cutime + cstime of the launched process, in USER_HZ
 *                      units, read from {@code /proc/<pid>/stat} when the sum line arrived
 * @param workers       per worker results, ordered by worker id
 * @param sum           the sum of all tasks' prime counts as the worker reported it
 */
public record PointMeasurement(String backend, int tasks, long bound, double wallSeconds,
                               double readySeconds, long ticks, List<WorkerResult> workers, long sum) {

    public PointMeasurement {
        workers = List.copyOf(workers);
    }
}
