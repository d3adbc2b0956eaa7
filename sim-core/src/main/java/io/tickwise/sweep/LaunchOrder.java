package io.tickwise.sweep;

/**
 * The order a sweep's runs are started in. Points are visited by a stride through the plan that
 * is coprime with the number of points, about the golden ratio of it, so that the first points
 * started already span every system and task count instead of the first system's smallest task
 * counts. The JIT then compiles the model from the profile of every kind of run, rather than
 * compiling it for one kind and recompiling as each new kind arrives. A point's repetitions
 * stay together, so points still complete one after another. Results do not depend on the
 * order: a run's seed and its slot in its point follow from its number.
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

    /** The number (as {@link SweepPlan#run}) of the run to start {@code k}-th, for k from 0 to points × repetitions − 1. */
    public long run(long k) {
        long point = (k / repetitions) * stride % points;
        return point * repetitions + k % repetitions;
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
