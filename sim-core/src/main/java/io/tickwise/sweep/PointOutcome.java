package io.tickwise.sweep;

import io.tickwise.metrics.Distribution;

import java.util.List;

/** A finished point: its position in the plan and one distribution per metric over its repetitions. */
public record PointOutcome(int index, String pointId, List<Distribution> metrics) {
    public PointOutcome {
        metrics = List.copyOf(metrics);
    }
}
