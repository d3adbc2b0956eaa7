package io.tickwise.sweep;

/**
 * The order a sweep's runs are started in: first one repetition of every point, then the other
 * repetitions point by point. Both passes visit the points by a stride through the plan that is
 * coprime with the number of points, about the golden ratio of it. The JIT compiles the model
 * within the first few dozen runs; in plan order those would all be the first system at its
 * smallest task count, and it would compile for that and compile again as each new kind of run
 * arrived. This way its profile already spans every system and task count, and points still
 * complete one after another once the first pass is over. Results do not depend on the order: a
 * run's seed and its slot in its point follow from its number.
 */
public final class LaunchOrder {
    private static final double GOLDEN_FRACTION = 0.6180339887498949;

    private final int points;
    private final int repetitions;
    private final int stride;

    public LaunchOrder(int points, int repetitions) {
        this.points = points;
        this.repetitions = repetitions;
        this.stride = strideFor(points);
    }

    public static LaunchOrder of(SweepPlan plan) {
        return new LaunchOrder(plan.points().size(), plan.repetitions());
    }

    /** The number (as {@link SweepPlan#run}) of the run to start {@code k}-th, k from 0 to points × repetitions − 1. */
    public long run(long k) {
        if (k < points) {
            return spread(k) * repetitions;
        }
        long later = k - points;
        int others = repetitions - 1;
        return spread(later / others) * repetitions + 1 + later % others;
    }

    /** The {@code i}-th point visited. */
    private long spread(long i) {
        return i * stride % points;
    }

    private static int strideFor(int points) {
        int stride = Math.max(1, (int) Math.round(points * GOLDEN_FRACTION));
        while (gcd(stride, points) != 1) {
            stride++;
        }
        return stride;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
