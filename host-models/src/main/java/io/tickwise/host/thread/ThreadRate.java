package io.tickwise.host.thread;

/** A host thread's execution rate, in cycles of useful work per nanosecond (0 while it does none). */
public record ThreadRate(int thread, double cyclesPerNs) {
}
