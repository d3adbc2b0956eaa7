package io.tickwise.engine;

import java.util.SplittableRandom;

/** What an entity sees while it handles a message. */
public interface Context<M> {

    /** Simulated time of the message being handled, in nanoseconds. */
    long now();

    EntityRef<M> self();

    /**
     * Sends {@code message} to arrive {@code delayNs} after now. A negative delay, or one below
     * the simulation's declared lookahead, is a causality error and fails the run.
     */
    <T> void send(EntityRef<T> to, T message, long delayNs);

    default void sendSelf(M message, long delayNs) {
        send(self(), message, delayNs);
    }

    /** This entity's own random stream, split from the run's seed in spawn order. */
    SplittableRandom random();

    /**
     * Ends the run once every message of the current instant (same time and same delta cycle)
     * has been handled. Only for simulations with zero lookahead: with a lookahead window the
     * actors executor would already have run later instants.
     */
    void stopRun();
}
