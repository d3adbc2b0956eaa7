package io.tickwise.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCommandTest {

    @TempDir
    Path dir;



    @Test
    void regeneratesTheReportFromResultsFilesOfTwoHosts() throws IOException {
        Path intel = dir.resolve("intel");
        Path amd = dir.resolve("amd");
        assertEquals(0, SimJar.run("scenario", "intel-72.yaml", "--tasks=1,36", "--reps=2", "--out", intel.toString()).status());
        assertEquals(0, SimJar.run("scenario", "amd-48.yaml", "--tasks=1,48", "--reps=2", "--out", amd.toString()).status());
        Path report = dir.resolve("both.html");
        SimJar.Outcome o = SimJar.run("report", intel.resolve("results.json").toString(), amd.resolve("results.json").toString(),
                "-o", report.toString());
        assertEquals(0, o.status(), o.err());
        String html = Files.readString(report);
        assertTrue(html.contains("intel-xeon-e5-2699v3-2s") && html.contains("amd-opteron-6234-4s"));
        assertFalse(html.contains("http://") || html.contains("https://"), "no external URL");
    }

    @Test
    void aMalformedOrForeignJsonExitsTwoWithOneLine() throws IOException {
        Path malformed = Files.writeString(dir.resolve("malformed.json"), "{\"schema\": \"tickwise-results/1\", ");
        Path foreign = Files.writeString(dir.resolve("foreign.json"), "{\"schema\": \"someone-else/3\", \"x\": 1}");
        Path notObject = Files.writeString(dir.resolve("array.json"), "[1, 2, 3]");
        Path missing = dir.resolve("missing.json");
        for (Path bad : new Path[] {malformed, foreign, notObject, missing}) {
            Path report = dir.resolve("never.html");
            SimJar.Outcome o = SimJar.run("report", bad.toString(), "-o", report.toString());
            assertEquals(2, o.status(), bad + ": " + o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().startsWith("sim.jar: " + bad), o.err());
            assertFalse(Files.exists(report), "no report written");
        }
    }
}
