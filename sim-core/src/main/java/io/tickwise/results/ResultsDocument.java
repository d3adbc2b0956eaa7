package io.tickwise.results;

import java.util.List;

/** The {@code tickwise-results/1} file written by {@code scenario} and {@code sweep}. */
public record ResultsDocument(
        String schema,
        String scenario,
        String host,
        long seed,
        int repetitions,
        String fidelity,
        List<Series> series,
        List<Parameter> parameters,
        PowerTrace powerTrace,
        List<Timeline> timelines,
        Provenance provenance) {

    public static final String SCHEMA = "tickwise-results/1";

    public ResultsDocument {
        series = List.copyOf(series);
        parameters = List.copyOf(parameters);
        timelines = List.copyOf(timelines);
    }
}
