package io.tickwise.engine;

import java.util.Arrays;

/**
 * Events of one fused run, recycled once delivered: a run sends millions of short-lived events,
 * and taking them from a free list keeps the event loop from allocating (and the collector
 * from copying the ones still queued). Only the run's own thread uses it.
 */
final class EventPool {
    private Event[] free = new Event[256];
    private int size;

    Event take(long time, int delta, int sender, long sequence, int target, Object message) {
        if (size == 0) {
            return new Event(time, delta, sender, sequence, target, message);
        }
        Event event = free[--size];
        free[size] = null;
        return event.set(time, delta, sender, sequence, target, message);
    }

    /** {@code event} has been delivered and nothing refers to it any more; its message is let go. */
    void release(Event event) {
        event.message = null;
        if (size == free.length) {
            free = Arrays.copyOf(free, size * 2);
        }
        free[size++] = event;
    }
}
