package io.tickwise.scenario.run;

import io.tickwise.report.HtmlReport;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.ResultsJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes results.json, results.csv and report.html into a directory. Each is written to a
 * temporary file first and moved into place only when all are complete, so a failure never
 * leaves a partial results file behind.
 */
public final class ResultsFiles {
    private ResultsFiles() {
    }

    public static List<Path> write(Path directory, ResultsDocument document) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("results.json", ResultsJson.toJson(document));
        files.put("results.csv", ResultsCsv.of(document));
        files.put("report.html", HtmlReport.render(document));
        return writeTogether(directory, files);
    }

    /**
     * Writes each named content to a temporary file in {@code directory}, then moves them all
     * into place: a failure before the moves leaves none of them behind.
     */
    public static List<Path> writeTogether(Path directory, Map<String, String> contents) {
        try {
            Files.createDirectories(directory);
            List<Path> temporary = new ArrayList<>();
            try {
                for (String content : contents.values()) {
                    Path file = Files.createTempFile(directory, ".results-", ".tmp");
                    temporary.add(file);
                    Files.writeString(file, content, StandardCharsets.UTF_8);
                }
                List<Path> written = new ArrayList<>();
                int i = 0;
                for (String name : contents.keySet()) {
                    Path target = directory.resolve(name);
                    Files.move(temporary.get(i++), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    written.add(target);
                }
                return written;
            } finally {
                for (Path t : temporary) {
                    Files.deleteIfExists(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + directory + ": " + e.getMessage(), e);
        }
    }
}
