package io.tickwise.sweep;

import io.tickwise.metrics.Distribution;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Gathers a sweep's runs into points. A run is numbered {@code point × repetitions + repetition};
 * its measurement goes to its repetition's slot, so a point's distributions are built in
 * repetition order whatever order (or node) the runs finished in. A run recorded twice — a late
 * answer for a unit that was handed out again — keeps its first measurement.
 */
public final class PointAssembly {
    private final SweepPlan plan;
    private final long[][][] values;
    private final int[] finishedReps;
    private final PointOutcome[] outcomes;
    private final BitSet recorded;
    private long recordedRuns;

    public PointAssembly(SweepPlan plan) {
        this.plan = plan;
        int points = plan.points().size();
        this.values = new long[points][][];
        this.finishedReps = new int[points];
        this.outcomes = new PointOutcome[points];
        this.recorded = new BitSet(Math.toIntExact(plan.runs()));
    }

    public boolean isRecorded(long run) {
        return recorded.get(Math.toIntExact(run));
    }

    /**
     * Keeps the run's measurement unless the run is already recorded; returns its point's
     * outcome when this was the point's last repetition.
     */
    public Optional<PointOutcome> record(long run, Measurement measurement) {
        int metrics = plan.metrics().size();
        if (measurement.values().length != metrics) {
            throw new IllegalStateException("measured " + measurement.values().length + " values for "
                    + metrics + " metrics");
        }
        if (isRecorded(run)) {
            return Optional.empty();
        }
        recorded.set(Math.toIntExact(run));
        recordedRuns++;
        int point = plan.pointOf(run);
        int repetition = plan.repetitionOf(run);
        if (values[point] == null) {
            values[point] = new long[metrics][plan.repetitions()];
        }
        for (int m = 0; m < metrics; m++) {
            values[point][m][repetition] = measurement.value(m);
        }
        if (++finishedReps[point] < plan.repetitions()) {
            return Optional.empty();
        }
        List<Distribution> distributions = Arrays.stream(values[point]).map(Distribution::of).toList();
        values[point] = null;
        outcomes[point] = new PointOutcome(point, plan.points().get(point).id(), distributions);
        return Optional.of(outcomes[point]);
    }

    public long recordedRuns() {
        return recordedRuns;
    }

    public long finishedPoints() {
        return Arrays.stream(outcomes).filter(o -> o != null).count();
    }

    public boolean isComplete() {
        return recordedRuns == plan.runs();
    }

    /** Every point in plan order; only once the sweep is complete. */
    public List<PointOutcome> outcomes() {
        if (!isComplete()) {
            throw new IllegalStateException(recordedRuns + " of " + plan.runs() + " runs recorded");
        }
        return List.of(outcomes);
    }
}
