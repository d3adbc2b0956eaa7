package io.tickwise.scenario.run;

import io.tickwise.report.HtmlReport;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.ResultsJson;
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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** A run's files replace the previous run's as one set, or not at all; rendered beside the caller. */
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

    /** The three files render beside the caller and land together, each as its renderer makes it. */
    @Test
    void filesRenderedInTheBackgroundAreWrittenAsASet() throws Exception {
        ResultsDocument document = TableData.document(2, 4,
                TableData.series("bare-metal-processes", 3, n -> TableData.around(n, 0.1)));
        Path out = dir.resolve("out");
        List<Path> written = ResultsFiles.written(ResultsFiles.writeInBackground(out, document));
        assertEquals(List.of(out.resolve("results.json"), out.resolve("results.csv"), out.resolve("report.html")),
                written);
        assertEquals(ResultsJson.toJson(document), Files.readString(out.resolve("results.json")));
        assertEquals(ResultsCsv.of(document), Files.readString(out.resolve("results.csv")));
        assertEquals(HtmlReport.render(document), Files.readString(out.resolve("report.html")));
    }

    /** A failure on the renderers' threads reaches the caller as it was thrown, not wrapped. */
    @Test
    void aFailureInTheBackgroundIsRethrownAsThrown() throws Exception {
        ResultsDocument document = TableData.document(2, 4,
                TableData.series("bare-metal-processes", 3, n -> TableData.around(n, 0.1)));
        Path notADirectory = Files.writeString(dir.resolve("taken"), "a file where the directory should be");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ResultsFiles.written(ResultsFiles.writeInBackground(notADirectory, document)));
        assertTrue(e.getMessage().startsWith("cannot write to " + notADirectory), e.getMessage());
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
