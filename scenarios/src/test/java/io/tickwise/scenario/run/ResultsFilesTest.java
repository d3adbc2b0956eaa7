package io.tickwise.scenario.run;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/** A run's files replace the previous run's as one set, or not at all. */
class ResultsFilesTest {

    @TempDir
    Path dir;

    private static Map<String, String> set(String run) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : List.of("results.json", "results.csv", "report.html")) {
            files.put(name, run + " " + name);
        }
        return files;
    }

    /**
     * The last file of the set cannot be replaced (a bind mount on it makes its rename fail
     * with EBUSY): the files already moved in are taken out again and the previous set stays.
     */
    @Test
    void whenOneFileCannotBeReplacedThePreviousSetStays() throws Exception {
        Path out = dir.resolve("out");
        ResultsFiles.writeTogether(out, set("first"));
        Path pinned = out.resolve("report.html");
        Path source = Files.writeString(dir.resolve("mount-source"), "first report.html");
        if (exec("mount", "--bind", source.toString(), pinned.toString()) != 0) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI runs as root and must be able to bind-mount");
            }
            Assumptions.abort("skipped: bind mounts need root");
        }
        try {
            assertThrows(UncheckedIOException.class, () -> ResultsFiles.writeTogether(out, set("second")));
        } finally {
            exec("umount", pinned.toString());
        }
        for (Map.Entry<String, String> file : set("first").entrySet()) {
            assertEquals(file.getValue(), Files.readString(out.resolve(file.getKey())), file.getKey());
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("report.html", "results.csv", "results.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing left over");
        }
    }

    private static int exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
