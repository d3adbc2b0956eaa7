package io.tickwise.report.section;

import io.tickwise.report.data.Curves;
import io.tickwise.report.data.Metric;
import io.tickwise.report.data.Numbers;
import io.tickwise.report.host.HostFacts;
import io.tickwise.report.html.Html;
import io.tickwise.report.html.Table;
import io.tickwise.report.html.Table.Cell;
import io.tickwise.results.ResultsDocument;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Hosts side by side at the task counts where the paper's curves change: one task, as
 * many tasks as physical cores, and twice that. Absolute times differ by processor, so
 * the growth from one task is what compares across hosts.
 */
final class HostComparison {

    static final String ANCHOR = "comparison";

    private HostComparison() {
    }

    static void write(Html html, List<ResultsDocument> documents) {
        html.open("section", "class", "comparison", "id", ANCHOR);
        html.element("h2", "Hosts compared");
        Table table = new Table("Execution time (s, mean) at 1 task, at the core count C and at 2C",
                "comparison wide", List.of("Host", "Scenario", "C", "System", "1 task", "C tasks", "growth 1→C",
                "2C tasks", "growth C→2C"));
        for (ResultsDocument document : documents) {
            HostFacts host = HostFacts.of(document);
            Curves curves = new Curves(document);
            for (String system : curves.systems()) {
                OptionalDouble one = curves.mean(system, 1, Metric.TIME);
                OptionalDouble full = mean(curves, system, host, 1);
                OptionalDouble twice = mean(curves, system, host, 2);
                table.row(List.of(Cell.text(document.host()), Cell.text(document.scenario()),
                        Cell.number(host.cores().isPresent() ? String.valueOf(host.cores().getAsInt()) : "–"),
                        Cell.text(system), Cell.number(value(one)), Cell.number(value(full)),
                        Cell.number(growth(one, full)), Cell.number(value(twice)), Cell.number(growth(full, twice))));
            }
        }
        table.writeTo(html);
        html.close("section");
    }

    private static OptionalDouble mean(Curves curves, String system, HostFacts host, int coresMultiple) {
        if (host.cores().isEmpty()) {
            return OptionalDouble.empty();
        }
        return curves.mean(system, coresMultiple * host.cores().getAsInt(), Metric.TIME);
    }

    private static String value(OptionalDouble x) {
        return x.isPresent() ? Numbers.value(x.getAsDouble()) : "–";
    }

    private static String growth(OptionalDouble from, OptionalDouble to) {
        return from.isPresent() && to.isPresent() ? Numbers.change(to.getAsDouble() / from.getAsDouble()) : "–";
    }
}
