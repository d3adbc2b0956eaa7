package io.tickwise.validation;

import io.tickwise.cli.SimJar;
import io.tickwise.results.BackendValidation;
import io.tickwise.results.ResultsJson;
import io.tickwise.results.ValidationDocument;
import io.tickwise.results.ValidationPoint;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {

    @TempDir
    Path dir;



    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    static void requireTools(String... tools) {
        for (String tool : tools) {
            boolean present = onPath(tool);
            if (!"true".equals(System.getenv("CI"))) {
                Assumptions.assumeTrue(present, tool + " is not installed (CI installs it)");
            }
        }
    }

    @Test
    void measuresTheRealRunnersAndComparesThemWithTheModel() {
        requireTools("gcc", "qemu-system-x86_64");
        Path out = dir.resolve("validate");
        SimJar.Outcome o = SimJar.run("validate", "--tasks", "1,2", "--reps", "1", "--bound", "20000", "--out", out.toString());
        assertEquals(0, o.status(), o.err());
        ValidationDocument d = ResultsJson.readValidation(out.resolve("validation.json"));
        assertEquals(ValidationDocument.SCHEMA, d.schema());
        assertEquals("local", d.host());
        assertEquals(List.of("processes", "threads", "image"), d.backends().stream().map(BackendValidation::backend).toList());
        for (BackendValidation b : d.backends()) {
            assertEquals(List.of(1, 2), b.points().stream().map(ValidationPoint::tasks).toList());
            for (ValidationPoint p : b.points()) {
                assertTrue(p.measuredSeconds() > 0 && p.simulatedSeconds() > 0, p.toString());
                assertTrue(p.measuredTicks() >= 0 && p.simulatedTicks() >= 0, p.toString());
            }
            // One task is the calibration point: the model reproduces it by construction, but for
            // its fixed costs (creating and reaping a task, handling the request: under a millisecond).
            ValidationPoint one = b.points().get(0);
            assertEquals(one.measuredSeconds(), one.simulatedSeconds(), 0.01 * one.measuredSeconds() + 0.001, b.backend());
            // So the time error is over the predicted point alone, the ticks error over both.
            ValidationPoint two = b.points().get(1);
            assertEquals(100 * Math.abs(two.simulatedSeconds() - two.measuredSeconds()) / two.measuredSeconds(),
                    b.timeMAPE(), 1e-9, b.backend());
            assertTrue(Double.isFinite(b.ticksMAPE()));
            assertEquals(20_000, b.bound());
            assertEquals("median", b.statistic());
            assertEquals("per-round", b.calibration());
            assertEquals(1, b.startup().runs());
            // The probe confined to each CPU of the machine in turn.
            assertEquals(Runtime.getRuntime().availableProcessors(), b.probeByCpu().size(), b.probeByCpu().toString());
            assertTrue(b.probeByCpu().stream().allMatch(p -> p.seconds() > 0), b.probeByCpu().toString());
            assertTrue(b.cpuSpeedRatio() >= 1, b.backend());
            // Each round runs one task confined to each CPU in turn, and simulates with the speeds they show.
            int cpus = Runtime.getRuntime().availableProcessors();
            assertEquals("measured", b.cpuSpeeds());
            assertEquals(1, b.singleTaskByRound().size());
            assertEquals(cpus, b.singleTaskByRound().get(0).size(), b.singleTaskByRound().toString());
            assertTrue(b.largestRoundSpeedRatio() >= 1, b.backend());
            assertEquals("equal", b.otherCpuSpeeds().cpuSpeeds());
            assertTrue(Double.isFinite(b.otherCpuSpeeds().timeMAPE()), b.otherCpuSpeeds().toString());
            for (ValidationPoint p : b.points()) {
                // The median is compared by default.
                assertEquals(p.measuredSecondsMedian(), p.measuredSeconds(), p.toString());
                assertTrue(p.measuredSecondsMin() <= p.measuredSecondsMedian()
                        && p.measuredSecondsMedian() <= p.measuredSecondsMax(), p.toString());
                assertEquals(p.tasks() == 1 ? cpus : 1, p.runs(), p.toString());
            }
        }
        BackendValidation image = d.backends().get(2);
        assertTrue(image.startup().medianTicks() >= 1, "QEMU's start costs CPU: " + image.startup());
        String text = o.out();
        assertTrue(text.contains("mean absolute error"), text);
        assertTrue(text.contains("with CPU speeds equal instead"), text);
        assertTrue(text.indexOf("measuring 2 point(s)") < text.indexOf("mean absolute error"), "the estimate comes first: " + text);
        assertTrue(Files.exists(out.resolve("report.html")));
    }

    /**
     * Without --bound, a short probe decides the bound so that one task takes about the asked
     * time on this machine, whatever its speed (within a factor that a busy machine stays in).
     */
    @Test
    void theBoundIsCalibratedForTheAskedTaskTime() {
        requireTools("gcc");
        Path out = dir.resolve("calibrated");
        SimJar.Outcome o = SimJar.run("validate", "--backend", "processes", "--tasks", "1", "--reps", "1",
                "--task-seconds", "0.3", "--out", out.toString());
        assertEquals(0, o.status(), o.err());
        BackendValidation processes = ResultsJson.readValidation(out.resolve("validation.json")).backends().get(0);
        double seconds = processes.points().get(0).measuredSeconds();

        assertTrue(seconds > 0.1 && seconds < 0.9, "asked for 0.3 s per task, bound " + processes.bound() + " took " + seconds);
    }

    @Test
    void anUnknownBackendOrBadOptionExitsTwoWithOneLine() {
        for (String[] args : List.of(new String[] {"validate", "--backend", "abacus"},
                new String[] {"validate", "--reps", "0"}, new String[] {"validate", "--tasks", "0"},
                new String[] {"validate", "--task-seconds", "0"}, new String[] {"validate", "--bound", "-1"},
                new String[] {"validate", "--statistic", "mean"}, new String[] {"validate", "--calibration", "daily"},
                new String[] {"validate", "--accel", "warp"})) {
            Path out = dir.resolve("never");
            String[] withOut = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--out", out.toString())).toArray(String[]::new);
            SimJar.Outcome o = SimJar.run(withOut);
            assertEquals(2, o.status(), String.join(" ", args) + ": " + o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertFalse(Files.exists(out));
        }
    }
}
