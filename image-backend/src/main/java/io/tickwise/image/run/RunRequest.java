package io.tickwise.image.run;

import io.tickwise.image.task.PrimeTask;
import io.tickwise.input.BadInputException;
import java.time.Duration;

/**
 * One point to measure: how many tasks, the bound each task counts primes below, and the hard
 * limit after which the run is killed rather than waited on.
 */
public record RunRequest(int tasks, long bound, Duration timeout) {

    /** Far above any host here, low enough that a typo cannot fork a machine to death. */
    public static final int MAX_TASKS = 65_536;

    public RunRequest {
        if (tasks < 1 || tasks > MAX_TASKS) {
            throw BadInputException.option("tasks", "must be 1.." + MAX_TASKS + ", was " + tasks);
        }
        if (bound < 0 || bound > PrimeTask.MAX_BOUND) {
            throw BadInputException.option("bound", "must be 0.." + PrimeTask.MAX_BOUND
                    + " (the task uses 32-bit arithmetic), was " + bound);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw BadInputException.option("timeout", "must be a positive duration, was " + timeout);
        }
    }
}
