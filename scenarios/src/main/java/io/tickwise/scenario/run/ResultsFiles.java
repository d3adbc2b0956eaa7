package io.tickwise.scenario.run;

import io.tickwise.report.HtmlReport;
import io.tickwise.results.PairedRatio;
import io.tickwise.results.PointResult;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.ResultsJson;
import io.tickwise.results.Series;
import io.tickwise.results.Summary;
import io.tickwise.results.VsBaseline;

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
import java.util.Locale;

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
        files.put("results.csv", csv(document));
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

    /**
     * One row per system, task count and metric, with the metric's summary columns and, but in
     * the baseline's own rows (where they are empty), the paired ratio to the baseline.
     */
    public static String csv(ResultsDocument document) {
        StringBuilder sb = new StringBuilder("system,tasks,metric,mean,stdev,p50,p5,p95,min,max,baseline,ratio,ciLow,ciHigh\n");
        for (Series series : document.series()) {
            for (PointResult p : series.points()) {
                VsBaseline vs = p.vsBaseline();
                row(sb, series.system(), p.tasks(), "timeSeconds", p.timeSeconds(), vs, vs == null ? null : vs.timeSeconds());
                row(sb, series.system(), p.tasks(), "ticks", p.ticks(), vs, vs == null ? null : vs.ticks());
                row(sb, series.system(), p.tasks(), "energyJoules", p.energyJoules(), vs,
                        vs == null ? null : vs.energyJoules());
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String system, int tasks, String metric, Summary s, VsBaseline vs,
                            PairedRatio ratio) {
        sb.append(quoted(system)).append(',').append(tasks).append(',').append(metric);
        for (double v : new double[] {s.mean(), s.stdev(), s.p50(), s.p5(), s.p95(), s.min(), s.max()}) {
            sb.append(',').append(number(v));
        }
        sb.append(',').append(vs == null ? "" : quoted(vs.system()));
        if (ratio == null) {
            sb.append(",,,");
        } else {
            sb.append(',').append(number(ratio.ratio())).append(',').append(number(ratio.ciLow()))
                    .append(',').append(number(ratio.ciHigh()));
        }
        sb.append('\n');
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
