package io.tickwise.image.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tickwise.image.run.PointMeasurement;
import io.tickwise.image.run.RunFailedException;
import io.tickwise.image.run.RunRequest;
import io.tickwise.image.run.RunTimedOutException;
import io.tickwise.image.run.WorkerResult;
import io.tickwise.image.task.PrimeTask;
import io.tickwise.image.toolchain.ExecutableSearch;
import io.tickwise.image.toolchain.NativeBuild;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Boots the real image under multi-threaded TCG. Without QEMU these tests are skipped, except
 * on CI (CI=true), where QEMU is required and its absence fails them.
 */
class QemuImageBackendTest {

    /** Small enough to keep the boots quick, large enough for a clearly visible task. */
    private static final long BOUND = 30_000;
    /** About half a second per task under TCG on this machine kind: tens of ticks. */
    private static final long LONG_BOUND = 70_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static QemuImageBackend backend;

    @BeforeAll
    static void requireQemu() {
        boolean installed = ExecutableSearch.ofEnvironment().find(QemuInstallation.BINARY).isPresent();
        assumeTrue(installed || "true".equals(System.getenv("CI")),
                QemuInstallation.BINARY + " is not installed (apt-get install -y --no-install-recommends "
                        + "qemu-system-x86); the image tests are skipped outside CI");
        backend = new QemuImageBackend(NativeBuild.forThisMachine(),
                QemuInstallation.locate(ExecutableSearch.ofEnvironment()), Accelerator.TCG);
    }

    @Test
    void everyVcpuRunsOneTaskAndTheBspSumsThem() {
        long primes = PrimeTask.countPrimesBelow(BOUND);
        for (int vcpus : new int[] {1, 2, 4}) {
            PointMeasurement m = backend.run(new RunRequest(vcpus, BOUND, TIMEOUT));

            List<WorkerResult> expected = new ArrayList<>();
            for (int apicId = 0; apicId < vcpus; apicId++) {
                expected.add(new WorkerResult(apicId, 1, primes));
            }
            assertEquals(expected, m.workers(), vcpus + " vCPUs");
            assertEquals(vcpus * primes, m.sum());
            assertTrue(m.readySeconds() < m.wallSeconds(), "boot precedes the result");
        }
    }

    @Test
    void resultsAreIndexedByApicIdsWithGaps() {
        // Three cores per socket take two bits of the APIC ID, so socket 1 starts at ID 4.
        PointMeasurement m = backend.run(new RunRequest(6, 2_000, TIMEOUT), GuestTopology.of(2, 3, 1));

        assertEquals(List.of(0, 1, 2, 4, 5, 6), m.workers().stream().map(WorkerResult::worker).toList());
        assertEquals(6 * PrimeTask.countPrimesBelow(2_000), m.sum());
    }

    @Test
    void moreTasksThanVcpusAreSharedOut() {
        PointMeasurement m = backend.run(new RunRequest(7, 2_000, TIMEOUT), GuestTopology.flat(3));

        assertEquals(7, m.workers().stream().mapToInt(WorkerResult::tasksRun).sum());
        assertTrue(m.workers().stream().allMatch(w -> w.tasksRun() <= 3), m.workers().toString());
        assertEquals(7 * PrimeTask.countPrimesBelow(2_000), m.sum());
    }

    /**
     * Halted APs cost no host CPU. Everything is measured here on one VM of four vCPUs, in rounds
     * that interleave the runs so that a machine whose speed drifts (a busy neighbour, a shared
     * core) shifts them alike: a boot without work gives the emulator's own ticks, which are taken
     * off; four tasks give what one task costs on this VM; one task with three APs halted must
     * then cost about one task. If the halted APs spun, it would cost as much as four; they must
     * add less than a fifth of a busy AP each. Nothing is compared across VMs of different sizes:
     * on a loaded machine a task has cost a one-vCPU VM up to twice what it cost a four-vCPU one.
     */
    @Test
    void haltedApplicationProcessorsAccrueNoTicks() {
        int rounds = 3;
        double[] boot = new double[rounds];
        double[] withHaltedAps = new double[rounds];
        double[] allBusy = new double[rounds];
        GuestTopology fourVcpus = GuestTopology.flat(4);
        for (int r = 0; r < rounds; r++) {
            boot[r] = backend.run(new RunRequest(1, 0, TIMEOUT), fourVcpus).ticks();
            withHaltedAps[r] = backend.run(new RunRequest(1, LONG_BOUND, TIMEOUT), fourVcpus).ticks();
            allBusy[r] = backend.run(new RunRequest(4, LONG_BOUND, TIMEOUT), fourVcpus).ticks();
        }
        double perTask = (median(allBusy) - median(boot)) / 4;
        double perHaltedAp = (median(withHaltedAps) - median(boot) - perTask) / 3;
        String measured = "ticks per round: boot " + Arrays.toString(boot) + ", one task " + Arrays.toString(withHaltedAps)
                + ", four tasks " + Arrays.toString(allBusy);

        assertTrue(perTask >= 20, "a task is " + perTask + " ticks; " + measured);
        assertTrue(perHaltedAp < perTask / 5, "a halted AP adds " + perHaltedAp + " ticks, a busy one " + perTask
                + "; " + measured);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @Test
    void aHangingImageIsKilledAtTheTimeoutNotWaitedOn() {
        Duration shortTimeout = Duration.ofSeconds(2);
        RunRequest request = new RunRequest(2, BOUND, shortTimeout);

        long start = System.nanoTime();
        RunTimedOutException timeout = assertThrows(RunTimedOutException.class,
                () -> backend.boot(request, GuestTopology.flat(2), new KernelCommandLine(BOUND, 2, true)));
        double seconds = (System.nanoTime() - start) / 1e9;

        assertTrue(seconds < shortTimeout.getSeconds() + 5, "gave up after " + seconds + " s");
        assertTrue(timeout.getMessage().contains("ready cpus 2"), "it had booted: " + timeout.getMessage());
        assertTrue(ProcessHandle.current().children()
                        .noneMatch(p -> p.info().command().orElse("").contains(QemuInstallation.BINARY)),
                "no QEMU is left running");
    }

    @Test
    void anImageThatRejectsItsCommandLineIsAFailureWithItsMessage() {
        RunFailedException failure = assertThrows(RunFailedException.class, () -> backend.boot(
                new RunRequest(1, BOUND, TIMEOUT), GuestTopology.flat(1), new KernelCommandLine(BOUND, 0, false)));

        assertTrue(failure.getMessage().endsWith("reported: tasks= needs a positive 32-bit number"), failure.getMessage());
    }

    @Test
    void theCommandFollowsTheDesign() {
        QemuInstallation qemu = QemuInstallation.locate(ExecutableSearch.ofEnvironment());
        List<String> command = QemuCommand.of(qemu, Accelerator.TCG, GuestTopology.flat(4), Path.of("img"),
                new KernelCommandLine(100, 4, false));

        assertEquals(List.of("-accel", "tcg,thread=multi", "-smp", "4"), command.subList(1, 5));
        assertTrue(String.join(" ", command).endsWith("-nodefaults -display none -serial stdio -no-reboot "
                + "-device isa-debug-exit,iobase=0xf4,iosize=0x04 -kernel img -append bound=100 tasks=4"),
                String.join(" ", command));
        assertEquals(qemu.firmware() == Firmware.QBOOT, command.contains("qboot.rom"));
    }
}
