package io.tickwise.host.trace;

/**
 * Something the host kernel did to a thread at one instant: woke it (for a halted vCPU, the IPI
 * that ends its HLT), put a thread that never ran on a processor (a new task: no IPI), took a
 * vCPU off its processor after its guest's HLT (a VM exit), or migrated it. {@code from} is the
 * processor a migrated thread left, else −1.
 */
public record HostEvent(long timeNs, Kind kind, int thread, int processor, int from) {

    public enum Kind {
        WAKE_UP,
        FIRST_RUN,
        HLT_EXIT,
        MIGRATION
    }
}
