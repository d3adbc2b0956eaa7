package io.tickwise.scenario.run;

import io.tickwise.results.PointResult;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.Series;
import io.tickwise.results.Summary;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/** The results as three plain-text tables — time, ticks, energy — with a row per task count and a column per system. */
public final class ResultTables {
    private ResultTables() {
    }

    public static void print(ResultsDocument document, PrintWriter out) {
        out.printf(Locale.ROOT, "%s on %s: %d repetitions, seed %d, %s fidelity (means; p5-p95 in results.json)%n",
                document.scenario(), document.host(), document.repetitions(), document.seed(), document.fidelity());
        table(document, out, "time (s)", PointResult::timeSeconds, "%.3f");
        table(document, out, "host CPU ticks", PointResult::ticks, "%.0f");
        table(document, out, "energy (J)", PointResult::energyJoules, "%.1f");
    }

    private static void table(ResultsDocument document, PrintWriter out, String title, Function<PointResult, Summary> metric,
                              String format) {
        List<Series> series = document.series();
        TreeSet<Integer> tasks = new TreeSet<>();
        series.forEach(s -> s.points().forEach(p -> tasks.add(p.tasks())));
        int width = series.stream().mapToInt(s -> s.system().length()).max().orElse(10) + 2;
        out.println();
        out.println(title);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%6s", "tasks"));
        series.forEach(s -> header.append(String.format(Locale.ROOT, "%" + width + "s", s.system())));
        out.println(header);
        for (int n : tasks) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%6d", n));
            for (Series s : series) {
                String cell = s.points().stream().filter(p -> p.tasks() == n).findFirst()
                        .map(p -> String.format(Locale.ROOT, format, metric.apply(p).mean())).orElse("-");
                row.append(String.format(Locale.ROOT, "%" + width + "s", cell));
            }
            out.println(row);
        }
    }
}
