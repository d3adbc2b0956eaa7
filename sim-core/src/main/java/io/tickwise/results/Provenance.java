package io.tickwise.results;

import java.util.List;

/**
 * How a results file was produced. The only part of a results file allowed to differ
 * between two runs of the same input and seed.
 */
public record Provenance(String version, String gitCommit, String engine, double wallSeconds, List<String> nodes) {
    public Provenance {
        nodes = List.copyOf(nodes);
    }
}
