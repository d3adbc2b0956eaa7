package io.tickwise.results;

import java.util.List;

/**
 * The {@code tickwise-results/1} file written by {@code scenario} and {@code sweep}.
 *
 * @param baseline    the system every other series is compared with, point by point
 * @param uncertainty what a run with parameter samples drew and found; null without samples
 * @param sensitivity which constants move each metric at the named points; null without samples
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
        UncertaintyStudy uncertainty,
        List<Sensitivity> sensitivity,
        Provenance provenance) {

    public static final String SCHEMA = "tickwise-results/1";

    public ResultsDocument {
        series = List.copyOf(series);
        parameters = List.copyOf(parameters);
        timelines = List.copyOf(timelines);
        sensitivity = sensitivity == null ? null : List.copyOf(sensitivity);
    }

    /** A document of a run without parameter samples. */
    public ResultsDocument(String schema, String scenario, String host, long seed, int repetitions, String fidelity,
                           String baseline, List<Series> series, List<Parameter> parameters, PowerTrace powerTrace,
                           List<Timeline> timelines, Provenance provenance) {
        this(schema, scenario, host, seed, repetitions, fidelity, baseline, series, parameters, powerTrace, timelines,
                null, null, provenance);
    }

    /** The same document with other series, and what parameter sampling found. */
    public ResultsDocument withUncertainty(List<Series> sampledSeries, UncertaintyStudy study,
                                           List<Sensitivity> sensitivities) {
        return new ResultsDocument(schema, scenario, host, seed, repetitions, fidelity, baseline, sampledSeries,
                parameters, powerTrace, timelines, study, sensitivities, provenance);
    }

    /** The same document with other series (those of one parameter sample, say). */
    public ResultsDocument withSeries(List<Series> other) {
        return new ResultsDocument(schema, scenario, host, seed, repetitions, fidelity, baseline, other,
                parameters, powerTrace, timelines, uncertainty, sensitivity, provenance);
    }
}
