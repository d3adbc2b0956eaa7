package io.tickwise.report;

import io.tickwise.report.section.ReportPage;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.ValidationDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A self-contained HTML report: one file with inline CSS and SVG charts, no script and no
 * URL, that opens offline and prints. Several results documents are shown one after the
 * other and compared (e.g. the Intel and the AMD host); a validation document adds the
 * measured-versus-simulated section. The same inputs always give the same bytes.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String render(List<ResultsDocument> results, Optional<ValidationDocument> validation) {
        return ReportPage.render(results, validation);
    }

    public static String render(ResultsDocument results) {
        return render(List.of(results), Optional.empty());
    }

    /** Writes the report as UTF-8, replacing the file; returns the file for chaining. */
    public static Path write(Path file, List<ResultsDocument> results, Optional<ValidationDocument> validation) {
        String page = render(results, validation);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, page, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + file, e);
        }
    }
}
