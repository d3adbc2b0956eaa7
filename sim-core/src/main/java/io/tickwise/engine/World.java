package io.tickwise.engine;

import java.util.SplittableRandom;

/** What a simulation sees while it builds its entities, before time starts. */
public interface World {

    <M> EntityRef<M> spawn(String name, Entity<M> entity);

    /** Schedules a message from outside the model, delivered at absolute time {@code atNs} ≥ 0. */
    <M> void schedule(EntityRef<M> to, M message, long atNs);

    /** The run's random stream for build-time choices; entities get their own streams. */
    SplittableRandom random();
}
