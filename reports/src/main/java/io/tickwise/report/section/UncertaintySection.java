package io.tickwise.report.section;

import io.tickwise.report.chart.TornadoChart;
import io.tickwise.report.data.Metric;
import io.tickwise.report.html.Html;
import io.tickwise.report.html.Table;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.Sensitivity;
import io.tickwise.results.UncertaintyStudy;
import io.tickwise.results.UncertaintyStudy.RangedConstant;

import java.util.List;
import java.util.Locale;

/**
 * What the ranges of the cited constants do: which constants were sampled over which range, and
 * per metric a tornado chart of the constants that move it most at the named task counts, for
 * the baseline series (every series' correlations are in results.json).
 */
final class UncertaintySection {
    private static final int TOP = 5;

    private UncertaintySection() {
    }

    /** The caption clause that tells the parameter band from the repetition band. */
    static String bandCaption(UncertaintyStudy study) {
        return "Thin dotted lines in each system's colour: parameter uncertainty, the p5 and p95 of the means of "
                + study.samples() + " Latin-hypercube samples of the " + study.constants().size()
                + " ranged constants — what the sources' ranges do, not run-to-run noise.";
    }

    static void write(Html html, Figure.FigureCounter figures, ResultsDocument document, String anchor) {
        UncertaintyStudy study = document.uncertainty();
        html.element("h3", "Parameter uncertainty and sensitivity", "id", anchor + "-uncertainty");
        html.element("p", study.samples() + " samples by Latin hypercube, each constant uniform over its source's "
                + "range, each sample run with the nominal run's " + study.repetitionsPerSample() + " repetitions and "
                + "seeds. Sensitivity: Spearman's rank correlation of each constant with the metric over the samples; "
                + String.format(Locale.ROOT, "|ρ| below about %.2f", 1 / Math.sqrt(study.samples()))
                + " is what chance gives with this many samples.", "class", "note");
        Table constants = new Table("Ranged constants", "wide", List.of("Constant", "Value", "Range"));
        for (RangedConstant c : study.constants()) {
            constants.row(c.name(), number(c.value()), "[" + number(c.low()) + ", " + number(c.high()) + "]");
        }
        constants.writeTo(html);
        for (Metric metric : Metric.values()) {
            List<Sensitivity> points = document.sensitivity().stream()
                    .filter(s -> s.system().equals(document.baseline()) && s.metric().equals(metricName(metric)))
                    .toList();
            if (points.isEmpty()) {
                continue;
            }
            String title = metric.title() + ": constants that move it most, " + document.baseline();
            Figure.write(html, figures, anchor + "-" + metric.key() + "-tornado",
                    TornadoChart.svg(anchor + "-" + metric.key() + "-tornado-svg", title, points, TOP), title,
                    "Bars: Spearman's ρ of each constant with the mean " + metric.title().toLowerCase(Locale.ROOT)
                            + " over the samples, the " + TOP + " strongest per task count; right (vermillion): the "
                            + "metric rises with the constant, left (blue): it falls. ρ tells which constant orders "
                            + "the samples, not by how much: the dotted bands above give the size (at few tasks the "
                            + "time band is microseconds wide). A metric that no sampled constant moves shows ρ = 0.");
        }
    }

    private static String metricName(Metric metric) {
        return switch (metric) {
            case TIME -> "timeSeconds";
            case TICKS -> "ticks";
            case ENERGY -> "energyJoules";
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
