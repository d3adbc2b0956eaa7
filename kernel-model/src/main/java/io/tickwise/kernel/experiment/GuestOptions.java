package io.tickwise.kernel.experiment;

/**
 * Guest-side what-ifs the paper could not run: whether the host pins the multicore unikernel's
 * vCPUs as its sibling-first placement intends (siblings filled first); how its bootstrap
 * processor waits for the other results — spinning, as the paper's IncludeOS does, or halted
 * until the last application processor's IPI, as Tickwise's own SMP image does; whether KVM
 * gives guests MONITOR/MWAIT and lets them idle without VM exits (cpu-pm=on); and whether the
 * unikernel addresses its processors through x2APIC, so it is not limited to 255 of them.
 */
public record GuestOptions(boolean honourSiblingPlacement, BspWait bspWait, boolean mwaitInGuest, ApicMode apic) {

    public static final GuestOptions DEFAULTS = new GuestOptions(false, BspWait.SPIN, false, ApicMode.XAPIC);

    public enum BspWait {
        /** Busy-wait on the results array: the vCPU stays busy (and accrues ticks) until the end. */
        SPIN,
        /** HLT until the last application processor sends an IPI. */
        HALT
    }

    public enum ApicMode {
        /** 8-bit APIC IDs: at most as many processors as the systems file allows (255). */
        XAPIC,
        /** 32-bit APIC IDs: a processor per task, however many. */
        X2APIC
    }

    /** Whether an idle guest processor leaves its host thread (HLT with a VM exit) or stays on it (cpu-pm=on). */
    public boolean idleExits() {
        return !mwaitInGuest;
    }
}
