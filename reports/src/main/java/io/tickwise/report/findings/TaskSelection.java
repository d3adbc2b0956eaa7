package io.tickwise.report.findings;

import io.tickwise.report.data.Curves;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The task counts a check looks at: the listed ones ({@code at}), which must all be present,
 * or every task count the systems share within {@code from..to} (either end may be open).
 * Absent altogether, every shared task count.
 */
public record TaskSelection(List<Integer> at, Integer from, Integer to) {

    public static final TaskSelection ALL = new TaskSelection(null, null, null);

    public TaskSelection {
        if (at != null && (from != null || to != null)) {
            throw new IllegalArgumentException("tasks: give either at or from/to, not both");
        }
        at = at == null ? null : List.copyOf(at);
    }

    /** The selected task counts, or the reason they cannot be had from these results. */
    Resolution resolve(Curves curves, List<String> systems) {
        if (at != null) {
            for (String system : systems) {
                for (int tasks : at) {
                    if (!curves.points(system).containsKey(tasks)) {
                        return new Resolution(List.of(), "no " + system + " point at " + tasks + " tasks");
                    }
                }
            }
            return new Resolution(at, null);
        }
        NavigableSet<Integer> shared = null;
        for (String system : systems) {
            NavigableSet<Integer> own = new TreeSet<>(curves.points(system).keySet());
            if (shared == null) {
                shared = own;
            } else {
                shared.retainAll(own);
            }
        }
        List<Integer> inRange = new ArrayList<>();
        for (int tasks : shared == null ? new TreeSet<Integer>() : shared) {
            if ((from == null || tasks >= from) && (to == null || tasks <= to)) {
                inRange.add(tasks);
            }
        }
        if (inRange.isEmpty()) {
            return new Resolution(List.of(), "no task count in " + this + " shared by " + String.join(", ", systems));
        }
        return new Resolution(inRange, null);
    }

    @Override
    public String toString() {
        if (at != null) {
            List<String> counts = at.stream().map(String::valueOf).toList();
            return counts.size() == 1 ? counts.get(0) + " tasks"
                    : String.join(", ", counts.subList(0, counts.size() - 1)) + " and " + counts.get(counts.size() - 1)
                    + " tasks";
        }
        if (from == null && to == null) {
            return "all task counts";
        }
        if (from == null) {
            return "1.." + to + " tasks";
        }
        return to == null ? from + " tasks and more" : from + ".." + to + " tasks";
    }

    record Resolution(List<Integer> tasks, String missing) {
        boolean found() {
            return missing == null;
        }
    }
}
