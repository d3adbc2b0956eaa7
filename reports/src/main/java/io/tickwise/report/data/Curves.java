package io.tickwise.report.data;

import io.tickwise.results.PairedRatio;
import io.tickwise.results.PointResult;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.Series;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** The points of a results document indexed by system and task count. */
public final class Curves {

    private final Map<String, NavigableMap<Integer, PointResult>> bySystem = new LinkedHashMap<>();

    public Curves(ResultsDocument document) {
        for (String system : SystemIds.sorted(document.series().stream().map(Series::system).toList())) {
            NavigableMap<Integer, PointResult> points = new TreeMap<>();
            for (Series series : document.series()) {
                if (series.system().equals(system)) {
                    series.points().forEach(p -> points.put(p.tasks(), p));
                }
            }
            bySystem.put(system, points);
        }
    }

    /** System ids present, in the paper's order. */
    public List<String> systems() {
        return List.copyOf(bySystem.keySet());
    }

    public boolean has(String system) {
        return bySystem.containsKey(system);
    }

    /** The points of a system in ascending task count; empty for an absent system. */
    public NavigableMap<Integer, PointResult> points(String system) {
        return Collections.unmodifiableNavigableMap(bySystem.getOrDefault(system, new TreeMap<>()));
    }

    /**
     * The metric of {@code system} against {@code other} at {@code tasks}, repetition by
     * repetition (the repetitions of systems at one setting share their random streams); empty
     * where either point is absent or the other's value is zero.
     */
    public Optional<PairedRatio> paired(String system, String other, int tasks, Metric metric) {
        PointResult point = points(system).get(tasks);
        PointResult against = points(other).get(tasks);
        if (point == null || against == null) {
            return Optional.empty();
        }
        return PairedRatio.of(metric.of(point).samples(), metric.of(against).samples());
    }

    /** The mean of a metric, as the findings read the figures; empty where the point is absent. */
    public OptionalDouble mean(String system, int tasks, Metric metric) {
        PointResult point = points(system).get(tasks);
        return point == null ? OptionalDouble.empty() : OptionalDouble.of(metric.of(point).mean());
    }
}
