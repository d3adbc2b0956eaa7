package io.tickwise.host.thread;

import io.tickwise.engine.Port;

/**
 * A thread of the host OS: a vCPU thread of a VM or a bare-metal task. {@code pinnedTo} is a
 * logical processor it may only run on (−1: free); {@code lastRanOn} where it last ran before
 * the run started (−1: never ran, so it is placed like a new task).
 */
public record HostThread(int id, String name, Kind kind, Port<RatesChanged> owner, int pinnedTo, int lastRanOn) {

    public enum Kind {
        /** A thread that runs its own code on the host (a bare-metal task or runner). */
        TASK,
        /** A vCPU thread: it runs a guest, which host interrupts and switches make leave and re-enter. */
        VCPU
    }

    public boolean vcpu() {
        return kind == Kind.VCPU;
    }
}
