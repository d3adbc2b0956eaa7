package io.tickwise.sweep;

import java.nio.charset.StandardCharsets;

/**
 * Derives each run's seed from (sweep seed, point id, repetition) alone, so a run draws the
 * same numbers whichever worker runs it and in whatever order. Mixing is SplitMix64's finaliser.
 */
public final class Seeds {
    private Seeds() {
    }

    public static long forRun(long sweepSeed, String pointId, int repetition) {
        long h = mix(sweepSeed);
        for (byte b : pointId.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xff));
        }
        return mix(h ^ repetition);
    }

    private static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
