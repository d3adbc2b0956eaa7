package io.tickwise.image.task;

import java.util.BitSet;

/**
 * The experiment's task: the number of primes below a bound. The C task counts them by naive
 * trial division to burn CPU; this reference uses a sieve, so that checking a real run against
 * it compares two independent computations and costs next to nothing.
 */
public final class PrimeTask {

    /** The C task keeps its arithmetic in 32-bit unsigned integers, so its bound must fit. */
    public static final long MAX_BOUND = 0xFFFF_FFFFL;

    /** Past this the C task would run for hours on any machine; a larger request is a typo. */
    public static final int MAX_SEARCHED_BOUND = 50_000_000;

    private PrimeTask() {
    }

    /**
     * The trial divisions the C task performs for all candidates below {@code bound}: a prime n
     * is divided by every i in 2..n-1, a composite only up to its smallest factor. The division
     * dominates the loop, so this is the task's work up to a constant per machine.
     */
    public static long divisionsBelow(long bound) {
        if (bound < 0 || bound > MAX_SEARCHED_BOUND) {
            throw new IllegalArgumentException("bound must be 0.." + MAX_SEARCHED_BOUND + ", was " + bound);
        }
        int[] smallestFactor = smallestFactors((int) bound);
        long divisions = 0;
        for (int n = 2; n < bound; n++) {
            divisions += divisionsFor(n, smallestFactor);
        }
        return divisions;
    }

    /** The smallest bound whose task performs at least {@code divisions} trial divisions. */
    public static long boundForDivisions(long divisions) {
        if (divisions <= 0) {
            return 0;
        }
        // Fewer than bound² / 2 divisions happen below any bound: beyond that no search can reach.
        if (divisions > (long) MAX_SEARCHED_BOUND * MAX_SEARCHED_BOUND / 2) {
            throw new IllegalArgumentException(divisions + " trial divisions need a bound above " + MAX_SEARCHED_BOUND);
        }
        // Work grows about as bound² / (2 ln bound); sieve far enough, doubling if that fell short.
        for (int limit = 1 << 12; ; limit = (int) Math.min(2L * limit, MAX_SEARCHED_BOUND)) {
            int[] smallestFactor = smallestFactors(limit);
            long done = 0;
            for (int n = 2; n < limit; n++) {
                done += divisionsFor(n, smallestFactor);
                if (done >= divisions) {
                    return n + 1;
                }
            }
            if (limit == MAX_SEARCHED_BOUND) {
                throw new IllegalArgumentException(divisions + " trial divisions need a bound above " + MAX_SEARCHED_BOUND);
            }
        }
    }

    private static long divisionsFor(int n, int[] smallestFactor) {
        int factor = smallestFactor[n];
        return factor == n ? n - 2 : factor - 1;
    }

    /** smallestFactor[n] for 2 <= n < limit, n itself for a prime. */
    private static int[] smallestFactors(int limit) {
        int[] smallest = new int[Math.max(limit, 2)];
        for (int n = 2; n < limit; n++) {
            if (smallest[n] == 0) {
                for (long multiple = n; multiple < limit; multiple += n) {
                    if (smallest[(int) multiple] == 0) {
                        smallest[(int) multiple] = n;
                    }
                }
            }
        }
        return smallest;
    }

    public static long countPrimesBelow(long bound) {
        if (bound < 0 || bound > MAX_BOUND) {
            throw new IllegalArgumentException("bound must be 0.." + MAX_BOUND + ", was " + bound);
        }
        if (bound > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the reference sieve stops at " + Integer.MAX_VALUE);
        }
        int limit = (int) bound;
        if (limit < 3) {
            return 0;
        }
        BitSet composite = new BitSet(limit);
        for (long p = 2; p * p < limit; p++) {
            if (!composite.get((int) p)) {
                for (long multiple = p * p; multiple < limit; multiple += p) {
                    composite.set((int) multiple);
                }
            }
        }
        return (limit - 2) - composite.get(2, limit).cardinality();
    }
}
