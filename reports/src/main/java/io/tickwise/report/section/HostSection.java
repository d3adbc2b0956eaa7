package io.tickwise.report.section;

import io.tickwise.report.chart.MetricChart;
import io.tickwise.report.chart.PowerChart;
import io.tickwise.report.chart.RelativeChart;
import io.tickwise.report.data.Curves;
import io.tickwise.report.data.Metric;
import io.tickwise.report.findings.FindingResult;
import io.tickwise.report.findings.PaperFindings;
import io.tickwise.report.findings.Verdict;
import io.tickwise.report.host.HostFacts;
import io.tickwise.report.html.Html;
import io.tickwise.results.PowerTrace;
import io.tickwise.results.ResultsDocument;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/** Everything about one results document: findings, figures, data, parameters and provenance. */
final class HostSection {

    private HostSection() {
    }

    static String title(ResultsDocument document) {
        return "Scenario " + document.scenario() + " on host " + document.host();
    }

    static void write(Html html, Figure.FigureCounter figures, ResultsDocument document, String anchor) {
        HostFacts host = HostFacts.of(document);
        Curves curves = new Curves(document);
        Map<String, List<FindingResult>> findings = PaperFindings.evaluateByOptions(document);
        html.open("section", "class", "host", "id", anchor, "data-host", document.host());
        html.element("h2", title(document));
        writeFacts(html, document, host, curves, findings, anchor);

        html.element("h3", "Figures", "id", anchor + "-figures");
        String bands = "Lines: mean of " + document.repetitions() + " repetitions per point; shaded bands: p5–p95 "
                + "of the repetitions. " + coreLines(host);
        for (Metric metric : Metric.values()) {
            String caption = MetricChart.hasUncertainty(curves, metric) && document.uncertainty() != null
                    ? bands + " " + UncertaintySection.bandCaption(document.uncertainty()) : bands;
            Figure.write(html, figures, anchor + "-" + metric.key(), MetricChart.of(curves, metric, host),
                    metric.title() + " vs number of tasks, " + document.host(), caption);
        }
        String relative = "Lines: mean over the " + document.repetitions() + " repetitions of each system's value divided "
                + "by the baseline's (" + document.baseline() + ") in the same repetition, whose random numbers it "
                + "shares; shaded bands: 95 % confidence interval (Student t). Below the line at 1.0 a system is "
                + "cheaper than the baseline; a band across it means the difference is within noise.";
        for (Metric metric : Metric.values()) {
            if (RelativeChart.applies(curves, metric)) {
                Figure.write(html, figures, anchor + "-" + metric.key() + "-relative",
                        RelativeChart.of(curves, metric, host, document.baseline()),
                        metric.title() + " relative to " + document.baseline() + ", " + document.host(), relative);
            }
        }
        writePower(html, figures, document.powerTrace(), anchor);
        TimelineFigures.write(html, figures, document.timelines(), anchor);

        html.element("h3", "The paper's findings", "id", anchor + "-findings");
        if (host.family().isEmpty()) {
            html.element("p", "No findings checked: the host is neither Intel nor AMD by its name \""
                    + document.host() + "\" or its host parameter " + HostFacts.VENDOR + ".", "class", "note");
        } else {
            if (findings.size() == 1) {
                FindingsChecklist.write(html, findings.values().iterator().next(),
                        Optional.ofNullable(document.uncertainty()));
            } else {
                FindingsChecklist.writeByOptions(html, findings);
            }
        }
        if (document.uncertainty() != null) {
            UncertaintySection.write(html, figures, document, anchor);
        }

        html.element("h3", "Data", "id", anchor + "-data");
        for (Metric metric : Metric.values()) {
            DataTables.write(html, curves, metric, document.repetitions());
        }
        html.element("h3", "Parameters", "id", anchor + "-parameters");
        ParametersTable.write(html, document.parameters());
        html.element("h3", "Provenance", "id", anchor + "-provenance");
        ProvenanceTable.write(html, document.provenance(), List.of(
                new String[] {"Scenario", document.scenario()},
                new String[] {"Host", document.host()},
                new String[] {"Seed", String.valueOf(document.seed())},
                new String[] {"Repetitions", String.valueOf(document.repetitions())},
                new String[] {"Fidelity", document.fidelity()}));
        html.close("section");
    }

    private static void writeFacts(Html html, ResultsDocument document, HostFacts host, Curves curves,
                                   Map<String, List<FindingResult>> byOptions, String anchor) {
        TreeSet<Integer> tasks = new TreeSet<>();
        curves.systems().forEach(s -> tasks.addAll(curves.points(s).keySet()));
        html.open("dl", "class", "facts");
        fact(html, "Host", document.host() + host.family().map(f -> " (" + f.key() + ")").orElse(""));
        fact(html, host.modules() ? "Modules" : "Physical cores", count(host.physicalCores()));
        fact(html, "Logical processors", count(host.logicalProcessors()));
        fact(html, "Systems", String.join(", ", curves.systems()));
        fact(html, "Task counts", tasks.isEmpty() ? "none" : tasks.size() + " (" + tasks.first() + ".." + tasks.last() + ")");
        fact(html, "Repetitions", String.valueOf(document.repetitions()));
        fact(html, "Seed", String.valueOf(document.seed()));
        fact(html, "Fidelity", document.fidelity());
        List<FindingResult> findings = byOptions.values().iterator().next();
        if (!findings.isEmpty() && byOptions.size() == 1) {
            long held = findings.stream().filter(FindingResult::held).count();
            long noise = findings.stream().filter(f -> f.verdict() == Verdict.WITHIN_NOISE).count();
            html.element("dt", "Paper findings").open("dd")
                    .element("a", held + " of " + findings.size() + " held" + (noise > 0 ? ", " + noise + " within noise" : ""),
                            "href", "#" + anchor + "-findings")
                    .close("dd");
        } else if (!findings.isEmpty()) {
            long heldSomewhere = findings.stream().map(FindingResult::id).filter(id -> byOptions.values().stream()
                    .anyMatch(results -> results.stream().anyMatch(r -> r.id().equals(id) && r.held()))).count();
            html.element("dt", "Paper findings").open("dd")
                    .element("a", heldSomewhere + " of " + findings.size() + " held under at least one of "
                            + byOptions.size() + " option combinations", "href", "#" + anchor + "-findings")
                    .close("dd");
        }
        html.close("dl");
    }

    private static void fact(Html html, String name, String value) {
        html.element("dt", name).element("dd", value);
    }

    private static String count(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "not given";
    }

    private static String coreLines(HostFacts host) {
        List<HostFacts.CoreLine> lines = host.coreLines();
        if (lines.isEmpty()) {
            return "No core-count line: the results have no host parameter " + HostFacts.PHYSICAL_CORES + ".";
        }
        StringBuilder text = new StringBuilder("Solid vertical line: ").append(lines.get(0).label()).append('.');
        lines.stream().skip(1).forEach(line -> text.append(" Dotted: ").append(line.label()).append('.'));
        return text.toString();
    }

    private static void writePower(Html html, Figure.FigureCounter figures, PowerTrace trace, String anchor) {
        if (trace == null || trace.samples().isEmpty()) {
            html.element("p", "No power trace in these results.", "class", "note");
            return;
        }
        Figure.write(html, figures, anchor + "-power", PowerChart.of(trace),
                "Host power over one run, " + trace.system() + " with " + trace.tasks() + " tasks",
                "Repetition " + trace.repetition() + ". Each value holds until the next sample.");
    }
}
