package io.tickwise.results;

/**
 * A model parameter as the run used it, with where its value comes from, so a report can
 * show every number beside its source. Scope is e.g. "host", "scenario" or "system:multicore-unikernel".
 */
public record Parameter(String scope, String name, String value, String source) {
}
