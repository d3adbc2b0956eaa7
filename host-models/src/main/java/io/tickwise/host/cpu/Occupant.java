package io.tickwise.host.cpu;

/**
 * A host thread on a logical processor's run queue, and what it is doing there. A thread that
 * arrives from sleep runs only after {@code wakeupNs} of the host's wake-up path, which starts
 * once the core is out of its C-state.
 */
public record Occupant(int thread, Mode mode, long wakeupNs) {

    public enum Mode {
        /** Executing its work. */
        RUN,
        /** KVM halt-polling after a guest HLT: the processor is busy, no work is done. */
        POLL,
        /**
         * Idle inside the guest without a VM exit (MWAIT or HLT with KVM's cpu-pm=on): the host
         * sees the thread running and charges it CPU time, while the core may sleep in a C-state.
         */
        IDLE_IN_GUEST
    }

    /** Whether the thread keeps its processor's execution units busy (running or polling). */
    public boolean busy() {
        return mode != Mode.IDLE_IN_GUEST;
    }
}
