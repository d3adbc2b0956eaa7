package io.tickwise.scenario.run;

import io.tickwise.results.PairedRatio;
import io.tickwise.results.PointResult;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.Series;
import io.tickwise.results.Summary;
import io.tickwise.results.VsBaseline;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The results as three plain-text tables — time, ticks, energy — with a row per task count and
 * a column per series: the means, or (relative) each series' paired ratio to the baseline. The
 * summary keeps the rows of interest, with why each is shown, and short column labels; the full
 * layout every row under full names.
 */
public final class ResultTables {
    private ResultTables() {
    }

    public static void print(ResultsDocument document, PrintWriter out, boolean relative, TableLayout layout) {
        out.printf(Locale.ROOT, "%s on %s: %d repetitions, seed %d, %s fidelity (%s)%n", document.scenario(),
                document.host(), document.repetitions(), document.seed(), document.fidelity(), relative
                        ? "ratio to " + document.baseline() + ", mean of paired repetitions ± 95 % interval"
                        : "means; p5-p95 in results.json");
        SeriesColumns columns = SeriesColumns.of(document.series(), layout);
        if (!columns.legend().isEmpty()) {
            out.println();
            columns.legend().forEach(line -> out.println("  " + line));
        }
        if (relative) {
            table(document, columns, layout, out, "time / baseline", PointResult::timeSeconds,
                    p -> ratio(p, VsBaseline::timeSeconds));
            table(document, columns, layout, out, "host CPU ticks / baseline", PointResult::ticks,
                    p -> ratio(p, VsBaseline::ticks));
            table(document, columns, layout, out, "energy / baseline", PointResult::energyJoules,
                    p -> ratio(p, VsBaseline::energyJoules));
        } else {
            table(document, columns, layout, out, "time (s)", PointResult::timeSeconds,
                    p -> format("%.3f", p.timeSeconds().mean()));
            table(document, columns, layout, out, "host CPU ticks", PointResult::ticks,
                    p -> format("%.0f", p.ticks().mean()));
            table(document, columns, layout, out, "energy (J)", PointResult::energyJoules,
                    p -> format("%.1f", p.energyJoules().mean()));
        }
        if (layout == TableLayout.SUMMARY) {
            out.println();
            out.println("Rows: 1 task, the host's cores and logical processors, the most tasks, and where the order of "
                    + "the series changes (rank); --table full for every row.");
        }
    }

    private static String ratio(PointResult point, Function<VsBaseline, PairedRatio> metric) {
        if (point.vsBaseline() == null) {
            return "baseline";
        }
        PairedRatio r = metric.apply(point.vsBaseline());
        return r == null ? "-" : String.format(Locale.ROOT, "%.4f ±%.4f", r.ratio(), (r.ciHigh() - r.ciLow()) / 2);
    }

    private static String format(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }

    private static void table(ResultsDocument document, SeriesColumns columns, TableLayout layout, PrintWriter out,
                              String title, Function<PointResult, Summary> metric, Function<PointResult, String> cell) {
        List<Series> series = document.series();
        Map<Integer, String> rows = rows(document, layout, metric);
        int why = rows.values().stream().mapToInt(String::length).max().orElse(0);
        int width = 2 + Math.max(columns.labels().stream().mapToInt(String::length).max().orElse(8),
                series.stream().flatMap(s -> s.points().stream()).mapToInt(p -> cell.apply(p).length()).max().orElse(8));
        out.println();
        out.println(title);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%6s", "tasks"));
        if (why > 0) {
            header.append(String.format(Locale.ROOT, "  %-" + why + "s", ""));
        }
        columns.labels().forEach(label -> header.append(String.format(Locale.ROOT, "%" + width + "s", label)));
        out.println(header);
        rows.forEach((n, reason) -> {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%6d", n));
            if (why > 0) {
                row.append(String.format(Locale.ROOT, "  %-" + why + "s", reason));
            }
            for (Series s : series) {
                String text = s.points().stream().filter(p -> p.tasks() == n).findFirst().map(cell).orElse("-");
                row.append(String.format(Locale.ROOT, "%" + width + "s", text));
            }
            out.println(row.toString().stripTrailing());
        });
    }

    private static Map<Integer, String> rows(ResultsDocument document, TableLayout layout,
                                             Function<PointResult, Summary> metric) {
        if (layout == TableLayout.SUMMARY) {
            return RowsOfInterest.of(document, metric);
        }
        TreeSet<Integer> tasks = new TreeSet<>();
        document.series().forEach(s -> s.points().forEach(p -> tasks.add(p.tasks())));
        Map<Integer, String> rows = new TreeMap<>();
        tasks.forEach(n -> rows.put(n, ""));
        return rows;
    }
}
