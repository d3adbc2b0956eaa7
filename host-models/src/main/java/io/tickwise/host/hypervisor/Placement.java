package io.tickwise.host.hypervisor;

/** How the host picks a logical processor for a thread that becomes runnable. */
public enum Placement {
    /**
     * Linux CFS: a waking thread goes back to where it last ran if that logical processor is
     * idle (even when its sibling is busy: select_idle_sibling's first test), else to an idle
     * core, else to an idle logical processor, else to the least loaded one; a new thread goes
     * to an idle core first (fork balancing compares SMT groups).
     */
    SMT_AWARE,
    /** Each thread on its own fixed logical processor (the guest's placement honoured). */
    PINNED,
    /** Any idle logical processor, chosen at random; else any at random. */
    RANDOM
}
