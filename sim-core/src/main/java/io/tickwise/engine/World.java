package io.tickwise.engine;

import java.util.SplittableRandom;

/** What a simulation sees while it builds its entities, before time starts. */
public interface World {

    <M> EntityRef<M> spawn(String name, Entity<M> entity);

    /** Schedules a message from outside the model, delivered at absolute time {@code atNs} ≥ 0. */
    <M> void schedule(EntityRef<M> to, M message, long atNs);

    /**
     * The run's stream of one source of randomness, named by what it decides (e.g. where host
     * threads first ran). It depends on the run's seed and the name only, so every model that
     * has this source draws the same numbers from it; each source is taken once per run, by
     * the one entity or build step that draws from it.
     */
    SplittableRandom stream(String source);
}
