package io.tickwise.sweep;

import io.tickwise.engine.Simulation;
import io.tickwise.metrics.Metric;

import java.util.List;

/**
 * A sweep whose runs are another sweep's, each measuring how many events it handled instead of
 * what the model measures: the same points, seeds and work (the model's own result is still
 * computed), for a throughput in events per second.
 */
public final class EventCounts {
    public static final List<Metric> METRICS = List.of(new Metric("events", "events", 1));

    private EventCounts() {
    }

    public static SweepPlan of(SweepPlan plan) {
        List<SweepPoint> counted = plan.points().stream().<SweepPoint>map(Counted::new).toList();
        return new SweepPlan(METRICS, counted, plan.repetitions(), plan.seed(), plan.engine(), plan.limits(),
                plan.parallelism());
    }

    /** Events handled by all the runs of {@code outcomes}, a sweep of a plan made by {@link #of}. */
    public static long total(List<PointOutcome> outcomes) {
        return outcomes.stream().mapToLong(o -> o.metrics().get(0).sum()).sum();
    }

    private record Counted(SweepPoint point) implements SweepPoint {
        @Override
        public String id() {
            return point.id();
        }

        @Override
        public String randomKey() {
            return point.randomKey();
        }

        @Override
        public Simulation<Measurement> simulation(int repetition) {
            return point.simulation(repetition).measured((result, stats) -> new Measurement(new long[] {stats.events()}));
        }
    }
}
