package io.tickwise.results;

import java.util.List;

/** The {@code tickwise-validation/4} file written by {@code validate}. */
public record ValidationDocument(String schema, String host, List<BackendValidation> backends, Provenance provenance) {

    public static final String SCHEMA = "tickwise-validation/4";

    public ValidationDocument {
        backends = List.copyOf(backends);
    }
}
