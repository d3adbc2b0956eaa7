package io.tickwise.image.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tickwise.image.run.Interference;
import io.tickwise.image.run.PointMeasurement;
import io.tickwise.image.run.RunRequest;
import io.tickwise.image.run.WorkerResult;
import io.tickwise.image.task.PrimeTask;
import io.tickwise.image.toolchain.NativeBuild;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
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

    /**
     * Forked children are counted through cutime/cstime, threads through the process's own time.
     * One and two tasks alternate over three rounds and their medians are compared, so that a
     * neighbour slowing the machine for a while shifts both alike.
     */
    @Test
    void ticksGrowWithTheNumberOfTasksInBothModes() {
        for (Parallelism parallelism : Parallelism.values()) {
            LinuxRunnerBackend backend = new LinuxRunnerBackend(parallelism, BUILD);
            long[] one = new long[3];
            long[] two = new long[3];
            for (int r = 0; r < one.length; r++) {
                one[r] = backend.run(new RunRequest(1, BOUND, TIMEOUT)).ticks();
                two[r] = backend.run(new RunRequest(2, BOUND, TIMEOUT)).ticks();
            }
            Arrays.sort(one);
            Arrays.sort(two);
            String measured = parallelism + ": one task " + Arrays.toString(one) + ", two " + Arrays.toString(two);

            assertTrue(one[1] >= 5, measured);
            assertTrue(two[1] >= 1.5 * one[1], measured);
        }
    }

    /**
     * A run that shares the machine with busy threads, one per CPU, says so: the other work is
     * seen in the machine's CPU time, whatever this machine's speed.
     */
    @Test
    void aRunBesideBusyNeighboursIsReportedAsDisturbed() throws InterruptedException {
        AtomicBoolean spin = new AtomicBoolean(true);
        List<Thread> neighbours = new ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            Thread t = new Thread(() -> {
                long x = 0;
                while (spin.get()) {
                    x += System.nanoTime() % 7;
                }
                sink = x;
            }, "busy-neighbour-" + i);
            t.setDaemon(true);
            t.start();
            neighbours.add(t);
        }
        try {
            PointMeasurement m = new LinuxRunnerBackend(Parallelism.PROCESSES, BUILD)
                    .run(new RunRequest(1, 2 * BOUND, TIMEOUT));
            Interference interference = m.interference();

            assertTrue(interference.judged(), "a run of " + m.wallSeconds() + " s can be judged");
            assertTrue(interference.disturbed(), interference.describe());
            assertTrue(interference.foreignShare() > 0.25, interference.describe());
        } finally {
            spin.set(false);
            for (Thread t : neighbours) {
                t.join();
            }
        }
    }

    /**
     * A run confined to one CPU gets one CPU, whatever the machine: two tasks share it, which the
     * run's own figures show as half the CPUs its tasks could use.
     */
    @Test
    void aRunConfinedToOneCpuUsesOnlyThatCpu() {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two CPUs");
        PointMeasurement m = new LinuxRunnerBackend(Parallelism.PROCESSES, BUILD)
                .run(new RunRequest(2, 2 * BOUND, TIMEOUT).pinnedTo(0));
        Interference interference = m.interference();

        assertEquals(2 * PrimeTask.countPrimesBelow(2 * BOUND), m.sum());
        assertTrue(interference.judged(), "a run of " + m.wallSeconds() + " s can be judged");
        assertTrue(interference.parallelShare() < 0.6, interference.describe());
    }

    private static volatile long sink;
}
