package io.tickwise.kernel.trace;

/** From {@code timeNs} on, a guest processor does {@code label} (empty: nothing, it is idle or halted). */
public record GuestStep(long timeNs, String label) {
}
