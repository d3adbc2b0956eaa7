package io.tickwise.engine;

import java.nio.charset.StandardCharsets;

/**
 * Seeds derived from a seed and a name, the same on every JVM and node: SplitMix64's
 * finaliser over the name's UTF-8 bytes. Nearby seeds and similar names give unrelated results.
 */
public final class SeedHash {
    private SeedHash() {
    }

    public static long of(long seed, String name) {
        long h = mix(seed);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xff));
        }
        return h;
    }

    public static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
