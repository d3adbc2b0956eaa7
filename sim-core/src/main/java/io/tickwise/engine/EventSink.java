package io.tickwise.engine;

/** Where an entity's outgoing events go: the run's queue (fused) or an outbox (actors). */
@FunctionalInterface
interface EventSink {
    void accept(Event event);
}
