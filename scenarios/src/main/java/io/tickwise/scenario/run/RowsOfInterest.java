package io.tickwise.scenario.run;

import io.tickwise.results.Parameter;
import io.tickwise.results.PointResult;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.Series;
import io.tickwise.results.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The task counts a summary shows, each with why: one task, the host's physical cores and
 * logical processors (the largest task count at or below them), the largest count, and every
 * count at which two series swap places by the table's metric — clearly, their p5–p95 spreads
 * apart — against the last count at which they were clearly apart.
 */
final class RowsOfInterest {
    private RowsOfInterest() {
    }

    /** Task count → why it is shown, in task order. */
    static Map<Integer, String> of(ResultsDocument document, Function<PointResult, Summary> metric) {
        TreeSet<Integer> tasks = new TreeSet<>();
        document.series().forEach(s -> s.points().forEach(p -> tasks.add(p.tasks())));
        Map<Integer, String> rows = new TreeMap<>();
        if (tasks.isEmpty()) {
            return rows;
        }
        mark(rows, tasks.first(), tasks.first() == 1 ? "1 task" : "fewest");
        hostCount(document, "physicalCores").map(tasks::floor).ifPresent(n -> mark(rows, n, "cores"));
        hostCount(document, "logicalProcessors").map(tasks::floor).ifPresent(n -> mark(rows, n, "logical"));
        mark(rows, tasks.last(), "most");
        int series = document.series().size();
        int[][] ahead = new int[series][series];
        for (int n : tasks) {
            List<Summary> at = at(document.series(), n, metric);
            boolean changed = false;
            for (int a = 0; a < series; a++) {
                for (int b = a + 1; b < series; b++) {
                    int now = ahead(at.get(a), at.get(b));
                    changed |= now != 0 && ahead[a][b] == -now;
                    ahead[a][b] = now != 0 ? now : ahead[a][b];
                }
            }
            if (changed) {
                mark(rows, n, "rank");
            }
        }
        return rows;
    }

    private static void mark(Map<Integer, String> rows, Integer tasks, String why) {
        if (tasks != null) {
            rows.merge(tasks, why, (a, b) -> a + ", " + b);
        }
    }

    private static Optional<Integer> hostCount(ResultsDocument document, String name) {
        for (Parameter p : document.parameters()) {
            if (p.scope().equals("host") && p.name().equals(name)) {
                try {
                    return Optional.of(Integer.parseInt(p.value()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Each series' summary at {@code tasks}, null where it has none. */
    private static List<Summary> at(List<Series> series, int tasks, Function<PointResult, Summary> metric) {
        List<Summary> at = new ArrayList<>();
        for (Series s : series) {
            at.add(s.points().stream().filter(p -> p.tasks() == tasks).findFirst().map(metric).orElse(null));
        }
        return at;
    }

    /**
     * 1 when {@code a} is clearly below {@code b} (its p95 under b's p5), −1 when clearly above,
     * 0 when their spreads overlap: two systems within each other's spread have no order to change.
     */
    private static int ahead(Summary a, Summary b) {
        if (a == null || b == null) {
            return 0;
        }
        return a.p95() < b.p5() ? 1 : b.p95() < a.p5() ? -1 : 0;
    }
}
