package io.tickwise.report.html;

import java.util.ArrayList;
import java.util.List;

/** A plain {@code <table>} with a header row, so a reader can copy it into a spreadsheet. */
public final class Table {

    private final String caption;
    private final List<String> header;
    private final List<List<Cell>> rows = new ArrayList<>();
    private final String cssClass;

    public Table(String caption, String cssClass, List<String> header) {
        this.caption = caption;
        this.cssClass = cssClass;
        this.header = List.copyOf(header);
    }

    public Table row(List<Cell> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row of " + cells.size() + " cells under " + header.size() + " headers");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public Table row(String... cells) {
        return row(List.of(cells).stream().map(Cell::text).toList());
    }

    public void writeTo(Html html) {
        html.open("table", "class", cssClass);
        if (caption != null) {
            html.element("caption", caption);
        }
        html.open("thead").open("tr");
        header.forEach(h -> html.element("th", h, "scope", "col"));
        html.close("tr").close("thead").open("tbody");
        for (List<Cell> row : rows) {
            html.open("tr");
            row.forEach(cell -> html.element("td", cell.text(), "class", cell.cssClass()));
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    /** A cell's text with an optional class for alignment or colour. */
    public record Cell(String text, String cssClass) {
        public static Cell text(String text) {
            return new Cell(text, null);
        }

        public static Cell number(String text) {
            return new Cell(text, "num");
        }
    }
}
