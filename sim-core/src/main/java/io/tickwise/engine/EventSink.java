package io.tickwise.engine;

/**
 * Where an entity's outgoing events go: the run's queue (fused) or an outbox (actors). It takes
 * the event's fields rather than an event, so the fused executor can fill a recycled one.
 */
@FunctionalInterface
interface EventSink {
    void accept(long time, int delta, int sender, long sequence, int target, Object message);
}
