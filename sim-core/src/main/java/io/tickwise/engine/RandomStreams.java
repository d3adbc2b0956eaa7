package io.tickwise.engine;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A run's named random streams, one per source of randomness. Each is derived from the run's
 * seed and its source's name alone, not from what else the model spawned or drew, so two
 * models with the same source (where host threads first ran, say) draw the same numbers from
 * it: the common random numbers that let compared systems differ only by what they do.
 */
final class RandomStreams {
    private final long seed;
    private final Set<String> taken = new HashSet<>();

    RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The stream of {@code source}; a second stream of the same source would repeat the first's numbers. */
    SplittableRandom take(String source) {
        if (!taken.add(source)) {
            throw new IllegalStateException("the random stream of '" + source + "' is taken twice");
        }
        return new SplittableRandom(SeedHash.of(seed, source));
    }
}
