package io.tickwise.sweep;

import io.tickwise.engine.SeedHash;

/**
 * Derives each run's seed from (sweep seed, point's random key, repetition) alone, so a run
 * draws the same numbers whichever worker runs it and in whatever order, and the points that
 * share a random key (systems compared at one setting) draw the same numbers per repetition.
 */
public final class Seeds {
    private Seeds() {
    }

    public static long forRun(long sweepSeed, String randomKey, int repetition) {
        return SeedHash.mix(SeedHash.of(sweepSeed, randomKey) ^ repetition);
    }
}
