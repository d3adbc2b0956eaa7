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

    private PrimeTask() {
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
