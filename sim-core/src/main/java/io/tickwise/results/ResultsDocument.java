package io.tickwise.results;

import java.util.List;

/**
 * The {@code tickwise-results/1} file written by {@code scenario} and {@code sweep}.
 *
 * @param baseline the system every other series is compared with, point by point
 */
public record ResultsDocument(
        String schema,
        String scenario,
        String host,
        long seed,
        int repetitions,
        String fidelity,
        String baseline,
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
