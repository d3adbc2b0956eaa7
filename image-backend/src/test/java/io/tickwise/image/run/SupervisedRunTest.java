package io.tickwise.image.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervision itself, with small shell scripts standing in for the workers. */
class SupervisedRunTest {

    private static final RunRequest ONE_TASK = new RunRequest(1, 10, Duration.ofSeconds(20));

    private static SupervisedRun shell(String script, int successStatus) {
        return new SupervisedRun("script", List.of("sh", "-c", script), successStatus);
    }

    @Test
    void measuresUntilTheSumAndReleasesTheWorker() {
        PointMeasurement m = shell("echo ready; sleep 0.3; echo result 0 1 4; echo sum 4; read release; exit 7", 7)
                .run("test", ONE_TASK);

        assertEquals(List.of(new WorkerResult(0, 1, 4)), m.workers());
        assertEquals(4, m.sum());
        assertTrue(m.wallSeconds() >= 0.3 && m.wallSeconds() < 10, "wall " + m.wallSeconds());
        assertTrue(m.readySeconds() < m.wallSeconds());
        assertTrue(m.ticks() >= 0);
    }

    @Test
    void ticksAreReadBeforeTheWorkerIsReapedAndIncludeItsChildren() {
        // The child burns CPU and is waited for before the sum line, so it lands in cutime.
        String burn = "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done";
        PointMeasurement m = shell("echo ready; sh -c '" + burn + "'; echo result 0 1 1; echo sum 1; read release", 0)
                .run("test", ONE_TASK);

        assertTrue(m.ticks() >= 5, "the child's CPU time is counted, got " + m.ticks() + " ticks");
    }

    @Test
    void aWorkerThatHangsIsKilledWithItsChildrenAtTheTimeout(@TempDir Path dir) throws Exception {
        Path childPid = dir.resolve("child.pid");
        SupervisedRun hanging = shell("sleep 600 & echo $! > " + childPid + "; echo ready; wait", 0);
        RunRequest shortDeadline = new RunRequest(1, 10, Duration.ofMillis(700));

        long start = System.nanoTime();
        RunTimedOutException timeout = assertThrows(RunTimedOutException.class, () -> hanging.run("test", shortDeadline));
        double seconds = (System.nanoTime() - start) / 1e9;

        assertTrue(seconds < 6, "gave up after " + seconds + " s");
        assertTrue(timeout.getMessage().contains("ready"), timeout.getMessage());
        long child = Long.parseLong(Files.readString(childPid).strip());
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "the forked child is gone too");
    }

    @Test
    void endingWithoutASumOrWithTheWrongStatusIsAFailure() {
        RunFailedException noSum = assertThrows(RunFailedException.class,
                () -> shell("echo ready; echo oops >&2; exit 3", 0).run("test", ONE_TASK));
        RunFailedException wrongStatus = assertThrows(RunFailedException.class,
                () -> shell("echo ready; echo result 0 1 4; echo sum 4; read release; echo qemu: bad >&2; exit 1", 99)
                        .run("test", ONE_TASK));

        assertTrue(noSum.getMessage().contains("exit status 3") && noSum.getMessage().contains("oops"), noSum.getMessage());
        assertTrue(wrongStatus.getMessage().contains("status 1 instead of 99")
                && wrongStatus.getMessage().contains("qemu: bad"), wrongStatus.getMessage());
    }

    @Test
    void aWorkerThatCannotStartIsAFailure() {
        SupervisedRun missing = new SupervisedRun("missing", List.of("/nonexistent/worker"), 0);

        assertThrows(RunFailedException.class, () -> missing.run("test", ONE_TASK));
    }
}
