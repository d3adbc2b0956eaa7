package io.tickwise.report.findings;

import io.tickwise.report.data.Curves;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What a check needs from the results before it can compute anything. */
final class Require {

    private Require() {
    }

    /** Names the systems that have no series, if any. */
    static Optional<String> systems(Curves curves, Collection<String> systems) {
        List<String> absent = systems.stream().filter(s -> !curves.has(s)).toList();
        if (absent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("no series for " + String.join(", ", absent));
    }

    static List<String> nonEmpty(String field, List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(field + " must list at least one system");
        }
        return List.copyOf(values);
    }

    static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(s -> !all.contains(s)).forEach(all::add);
        return all;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
