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
            // One task is the calibration point: the model reproduces it by construction.
            ValidationPoint one = b.points().get(0);
            assertEquals(one.measuredSeconds(), one.simulatedSeconds(), 0.01 * one.measuredSeconds(), b.backend());
            assertTrue(Double.isFinite(b.timeMAPE()) && Double.isFinite(b.ticksMAPE()));
        }
        assertTrue(o.out().contains("mean absolute error"), o.out());
        assertTrue(Files.exists(out.resolve("report.html")));
    }

    @Test
    void anUnknownBackendOrBadOptionExitsTwoWithOneLine() {
        for (String[] args : List.of(new String[] {"validate", "--backend", "abacus"},
                new String[] {"validate", "--reps", "0"}, new String[] {"validate", "--tasks", "0"},
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
