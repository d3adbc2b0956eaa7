package io.tickwise.scenario.run;

import io.tickwise.results.PairedRatio;
import io.tickwise.results.PointResult;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.Series;
import io.tickwise.results.VsBaseline;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The results as three plain-text tables — time, ticks, energy — with a row per task count and
 * a column per system: the means, or (relative) each system's paired ratio to the baseline.
 */
public final class ResultTables {
    private ResultTables() {
    }

    public static void print(ResultsDocument document, PrintWriter out, boolean relative) {
        out.printf(Locale.ROOT, "%s on %s: %d repetitions, seed %d, %s fidelity (%s)%n", document.scenario(),
                document.host(), document.repetitions(), document.seed(), document.fidelity(), relative
                        ? "ratio to " + document.baseline() + ", mean of paired repetitions ± 95 % interval"
                        : "means; p5-p95 in results.json");
        if (relative) {
            table(document, out, "time / baseline", p -> ratio(p, VsBaseline::timeSeconds));
            table(document, out, "host CPU ticks / baseline", p -> ratio(p, VsBaseline::ticks));
            table(document, out, "energy / baseline", p -> ratio(p, VsBaseline::energyJoules));
        } else {
            table(document, out, "time (s)", p -> format("%.3f", p.timeSeconds().mean()));
            table(document, out, "host CPU ticks", p -> format("%.0f", p.ticks().mean()));
            table(document, out, "energy (J)", p -> format("%.1f", p.energyJoules().mean()));
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

    private static void table(ResultsDocument document, PrintWriter out, String title, Function<PointResult, String> cell) {
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
                String text = s.points().stream().filter(p -> p.tasks() == n).findFirst().map(cell).orElse("-");
                row.append(String.format(Locale.ROOT, "%" + width + "s", text));
            }
            out.println(row);
        }
    }
}
