package io.tickwise.engine;

/**
 * A message in flight. Events are totally ordered by (time, delta, sender, sequence), a key
 * that does not depend on when the event was created or on which thread: {@code delta} counts
 * zero-delay hops within one instant (a message sent with no delay belongs to the next delta
 * cycle of the same instant), so both executors hand every entity its messages in the same order.
 */
final class Event {
    /** Sender id of messages scheduled from outside the model while it is built. */
    static final int OUTSIDE = -1;

    // Not final: the fused executor recycles events through an EventPool.
    long time;
    int delta;
    int sender;
    long sequence;
    int target;
    Object message;

    Event(long time, int delta, int sender, long sequence, int target, Object message) {
        set(time, delta, sender, sequence, target, message);
    }

    Event set(long time, int delta, int sender, long sequence, int target, Object message) {
        this.time = time;
        this.delta = delta;
        this.sender = sender;
        this.sequence = sequence;
        this.target = target;
        this.message = message;
        return this;
    }

    boolean before(Event other) {
        if (time != other.time) {
            return time < other.time;
        }
        if (delta != other.delta) {
            return delta < other.delta;
        }
        if (sender != other.sender) {
            return sender < other.sender;
        }
        return sequence < other.sequence;
    }

    boolean sameInstant(Event other) {
        return time == other.time && delta == other.delta;
    }

    boolean at(long otherTime, int otherDelta) {
        return time == otherTime && delta == otherDelta;
    }
}
