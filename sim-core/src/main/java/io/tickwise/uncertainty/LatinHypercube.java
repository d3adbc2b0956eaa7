package io.tickwise.uncertainty;

import io.tickwise.engine.SeedHash;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Latin hypercube samples of the unit cube: with K samples, each dimension's [0, 1) is cut into
 * K equal strata and every stratum is drawn exactly once, at a uniform point inside it, in an
 * order shuffled independently per dimension. K samples so cover each range evenly, which plain
 * random sampling does only on average. Each dimension draws from its own stream, named by the
 * dimension, so a constant's draws do not change when another constant gains or loses a range.
 */
public final class LatinHypercube {

    private LatinHypercube() {
    }

    /** {@code samples} points, {@code [sample][dimension]}, each coordinate in [0, 1). */
    public static double[][] unitSamples(int samples, List<String> dimensions, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("needs at least one sample, got " + samples);
        }
        double[][] points = new double[samples][dimensions.size()];
        for (int d = 0; d < dimensions.size(); d++) {
            SplittableRandom random = new SplittableRandom(SeedHash.of(seed, "latin-hypercube/" + dimensions.get(d)));
            int[] strata = shuffled(samples, random);
            for (int k = 0; k < samples; k++) {
                points[k][d] = (strata[k] + random.nextDouble()) / samples;
            }
        }
        return points;
    }

    /** The stratum of a coordinate among {@code samples} strata. */
    public static int stratum(double unit, int samples) {
        return Math.min(samples - 1, (int) Math.floor(unit * samples));
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
