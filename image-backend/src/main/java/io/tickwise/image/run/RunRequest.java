package io.tickwise.image.run;

import io.tickwise.image.task.PrimeTask;
import io.tickwise.input.BadInputException;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * One point to measure: how many tasks, the bound each task counts primes below, the hard
 * limit after which the run is killed rather than waited on, and the one CPU the run is confined
 * to, if any (to measure how fast each CPU runs the backend).
 */
public record RunRequest(int tasks, long bound, Duration timeout, OptionalInt cpu) {

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
        if (cpu.isPresent() && cpu.getAsInt() < 0) {
            throw BadInputException.option("cpu", "must be >= 0, was " + cpu.getAsInt());
        }
    }

    /** A run free to use every CPU. */
    public RunRequest(int tasks, long bound, Duration timeout) {
        this(tasks, bound, timeout, OptionalInt.empty());
    }

    /** The same run confined to CPU {@code id}. */
    public RunRequest pinnedTo(int id) {
        return new RunRequest(tasks, bound, timeout, OptionalInt.of(id));
    }
}
