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

    /**
     * The task counts a check reads from {@code tasks}, once every system it involves has a
     * series and a value there; otherwise why it cannot be evaluated.
     */
    static TaskSelection.Resolution data(Curves curves, List<String> involved, TaskSelection tasks) {
        Optional<String> absent = systems(curves, involved);
        return absent.isPresent() ? new TaskSelection.Resolution(List.of(), absent.get()) : tasks.resolve(curves, involved);
    }

    /** The share of points that must satisfy a check; all of them when not given. */
    static double quorum(Double quorum) {
        double value = quorum == null ? 1.0 : quorum;
        if (value <= 0 || value > 1) {
            throw new IllegalArgumentException("quorum must be in (0, 1]");
        }
        return value;
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
