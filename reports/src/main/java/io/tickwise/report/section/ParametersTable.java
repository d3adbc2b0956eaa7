package io.tickwise.report.section;

import io.tickwise.report.html.Html;
import io.tickwise.report.html.Table;
import io.tickwise.report.html.Table.Cell;
import io.tickwise.results.Parameter;

import java.util.List;

/** Every model parameter the run used, beside where its value comes from, in the file's order. */
final class ParametersTable {

    private ParametersTable() {
    }

    static void write(Html html, List<Parameter> parameters) {
        if (parameters.isEmpty()) {
            html.element("p", "The results list no parameters.", "class", "note");
            return;
        }
        Table table = new Table(null, "parameters wide", List.of("Scope", "Name", "Value", "Source"));
        for (Parameter p : parameters) {
            table.row(List.of(Cell.text(p.scope()), Cell.text(p.name()), Cell.text(p.value()),
                    new Cell(p.source(), "source")));
        }
        table.writeTo(html);
    }
}
