package io.tickwise.image.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tickwise.image.run.PointMeasurement;
import io.tickwise.image.run.RunRequest;
import io.tickwise.image.run.WorkerResult;
import io.tickwise.image.task.PrimeTask;
import io.tickwise.image.toolchain.NativeBuild;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinuxRunnerBackendTest {

    /** About a quarter of a second per task on this machine kind. */
    private static final long BOUND = 60_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final NativeBuild BUILD = NativeBuild.forThisMachine();

    @Test
    void processesAndThreadsCountThePrimesOfEveryTask() {
        long primes = PrimeTask.countPrimesBelow(BOUND);
        List<WorkerResult> expected = new ArrayList<>();
        for (int task = 0; task < 3; task++) {
            expected.add(new WorkerResult(task, 1, primes));
        }
        for (Parallelism parallelism : Parallelism.values()) {
            PointMeasurement m = new LinuxRunnerBackend(parallelism, BUILD).run(new RunRequest(3, BOUND, TIMEOUT));

            assertEquals(parallelism.id(), m.backend());
            assertEquals(expected, m.workers());
            assertEquals(3 * primes, m.sum());
            assertTrue(m.readySeconds() <= m.wallSeconds());
        }
    }

    /** Forked children are counted through cutime/cstime, threads through the process's own time. */
    @Test
    void ticksGrowWithTheNumberOfTasksInBothModes() {
        for (Parallelism parallelism : Parallelism.values()) {
            LinuxRunnerBackend backend = new LinuxRunnerBackend(parallelism, BUILD);
            long one = backend.run(new RunRequest(1, BOUND, TIMEOUT)).ticks();
            long two = backend.run(new RunRequest(2, BOUND, TIMEOUT)).ticks();

            assertTrue(one >= 5, parallelism + ": one task is " + one + " ticks");
            assertTrue(two >= 1.5 * one, parallelism + ": two tasks are " + two + " ticks, one is " + one);
        }
    }
}
