package io.tickwise.host.spec;

import java.util.List;

/** A table of model numbers with one source for the table. */
public record CitedTable(List<Double> values, String source) {
    public CitedTable {
        values = List.copyOf(values);
    }
}
