package io.tickwise.engine;

/** How a run ended: messages handled, time of the last one, and why it stopped. */
public record RunStats(long events, long endTimeNs, Ending ending) {

    public enum Ending {
        /** No message was left. */
        QUIESCENT,
        /** An entity called {@link Context#stopRun()}. */
        STOPPED,
        EVENT_LIMIT,
        TIME_LIMIT
    }
}
