package io.tickwise.sweep;

import io.tickwise.engine.Engine;
import io.tickwise.engine.RunLimits;
import io.tickwise.metrics.Metric;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Everything a sweep runs: its points × repetitions, how, and what each run measures. */
public record SweepPlan(List<Metric> metrics, List<? extends SweepPoint> points, int repetitions, long seed,
                        Engine engine, RunLimits limits, int parallelism) {

    public SweepPlan {
        metrics = List.copyOf(metrics);
        points = List.copyOf(points);
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be >= 1, was " + repetitions);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
        }
        Set<String> ids = new HashSet<>();
        for (SweepPoint p : points) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("duplicate point id " + p.id());
            }
        }
    }

    public long runs() {
        return (long) points.size() * repetitions;
    }

    /** The run of a point's repetition: runs are numbered point by point, repetitions in order. */
    public long run(int point, int repetition) {
        return (long) point * repetitions + repetition;
    }

    public int pointOf(long run) {
        return (int) (run / repetitions);
    }

    public int repetitionOf(long run) {
        return (int) (run % repetitions);
    }

    /** The seed of a run, the same on every node and for every point with the same random key. */
    public long seedOf(long run) {
        return Seeds.forRun(seed, points.get(pointOf(run)).randomKey(), repetitionOf(run));
    }

    /** "point-id repetition r", for messages. */
    public String describe(long run) {
        return points.get(pointOf(run)).id() + " repetition " + repetitionOf(run);
    }
}
