package io.tickwise.results;

import java.util.List;

/** The points of one system, in ascending task count. */
public record Series(String system, List<PointResult> points) {
    public Series {
        points = List.copyOf(points);
    }
}
