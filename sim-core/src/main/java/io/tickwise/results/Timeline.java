package io.tickwise.results;

import java.util.List;

/**
 * Which host threads ran on every logical processor over one chosen run, for the report's Gantt
 * chart: {@code lanes} in core order, the siblings of a core next to each other.
 */
public record Timeline(String system, int tasks, int repetition, double endSeconds, List<TimelineLane> lanes) {
    public Timeline {
        lanes = List.copyOf(lanes);
    }
}
