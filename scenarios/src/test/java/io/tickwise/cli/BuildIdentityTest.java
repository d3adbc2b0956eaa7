package io.tickwise.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickwise.scenario.run.BuildInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commit in provenance is the one the program was built from, wherever it runs. */
class BuildIdentityTest {

    @TempDir
    Path dir;

    @Test
    void provenanceRecordsTheBuildsCommitNotTheCurrentDirectorysCheckout() throws Exception {
        String built = BuildInfo.commit();
        assertTrue(built.matches("[0-9a-f]{40}(-dirty)?"), "the build recorded its commit: " + built);

        // Run from inside another git checkout: asking git there would give that checkout's commit.
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        run(elsewhere, "git", "init", "-q");
        run(elsewhere, "git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "x");
        String foreign = run(elsewhere, "git", "rev-parse", "HEAD").strip();

        Path out = dir.resolve("out");
        run(elsewhere, Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "io.tickwise.cli.Main", "scenario", "intel-72", "--tasks", "1",
                "--reps", "1", "--systems", "bare-metal-processes", "--out", out.toString());
        String recorded = new ObjectMapper().readTree(out.resolve("results.json").toFile()).path("provenance")
                .path("gitCommit").asText();
        assertEquals(built, recorded);
        assertTrue(!recorded.startsWith(foreign), recorded);
    }

    private static String run(Path directory, String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command)).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + output);
        return output;
    }
}
