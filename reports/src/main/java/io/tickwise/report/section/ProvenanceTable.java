package io.tickwise.report.section;

import io.tickwise.report.html.Html;
import io.tickwise.report.html.Table;
import io.tickwise.results.Provenance;

import java.util.List;
import java.util.Locale;

/** How the results were produced: the only part that may differ between runs of the same input. */
final class ProvenanceTable {

    private ProvenanceTable() {
    }

    static void write(Html html, Provenance provenance, List<String[]> runFacts) {
        Table table = new Table(null, "provenance", List.of("Item", "Value"));
        runFacts.forEach(table::row);
        if (provenance == null) {
            table.writeTo(html);
            html.element("p", "The results carry no provenance.", "class", "note");
            return;
        }
        table.row("Version", orDash(provenance.version()));
        table.row("Git commit", orDash(provenance.gitCommit()));
        table.row("Engine", orDash(provenance.engine()));
        table.row("Wall time", String.format(Locale.ROOT, "%.3f s", provenance.wallSeconds()));
        table.row("Nodes", provenance.nodes().isEmpty() ? "–" : String.join(", ", provenance.nodes()));
        table.writeTo(html);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }
}
