package io.tickwise.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the command line leaves behind: files as the umask says, and plain lines where no terminal reads them. */
class OutputHygieneTest {
    private static final String SMALL = "scenario intel-72 --tasks 1,2 --reps 1 --systems bare-metal-processes";
    private static final List<String> FILES = List.of("report.html", "results.csv", "results.json");

    @TempDir
    Path dir;

    @Test
    void resultsFilesFollowTheUmask() throws Exception {
        for (String umask : List.of("022", "027")) {
            Path out = dir.resolve("umask-" + umask);
            run("umask " + umask + " && exec " + java(SMALL + " --out " + out) + " 2>/dev/null");
            String expected = umask.equals("022") ? "rw-r--r--" : "rw-r-----";
            for (String name : FILES) {
                assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(name))),
                        name + " under umask " + umask);
            }
        }
    }

    @Test
    void aSecondRunReplacesTheSetAndLeavesNothingElse() throws IOException {
        Path out = dir.resolve("twice");
        for (int seed : new int[] {1, 2}) {
            SimJar.Outcome o = SimJar.run((SMALL + " --seed " + seed + " --out " + out).split(" "));
            assertEquals(0, o.status(), o.err());
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(FILES, files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"seed\" : 2"));
    }

    /**
     * Under a pseudo-terminal (script(1)) standard input and output are terminals, so a check of
     * System.console() would draw the progress bar; only standard error decides.
     */
    @Test
    void redirectedStderrHasPlainLinesWhileATerminalGetsTheProgressBar() throws Exception {
        Path log = dir.resolve("stderr.log");
        Path typescript = dir.resolve("typescript");
        run("TERM=xterm script -qec \"" + java(SMALL + " --out " + dir.resolve("redirected")) + " 2>" + log + "\" "
                + dir.resolve("ignored"));
        String err = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(err.contains("\r") || err.contains("\033"), "escape sequences or CRs in " + err);

        run("TERM=xterm script -qec \"" + java(SMALL + " --out " + dir.resolve("on-terminal")) + "\" " + typescript);
        assertTrue(Files.readString(typescript, StandardCharsets.UTF_8).contains("\r[#"),
                "a terminal gets the progress bar");
    }

    private static String java(String args) {
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -cp " + System.getProperty("java.class.path")
                + " io.tickwise.cli.Main " + args;
    }

    private static void run(String shell) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", shell));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + shell);
        assertEquals(0, p.exitValue(), shell + "\n" + output);
    }
}
