package io.tickwise.kernel.experiment;

/**
 * Guest-side what-ifs the paper could not run: whether the host pins the multicore unikernel's
 * vCPUs as its sibling-first placement intends (siblings filled first), and how its bootstrap
 * processor waits for the other results — spinning, as the paper's IncludeOS does, or halted
 * until the last application processor's IPI, as Tickwise's own SMP image does.
 */
public record GuestOptions(boolean honourSiblingPlacement, BspWait bspWait) {

    public static final GuestOptions DEFAULTS = new GuestOptions(false, BspWait.SPIN);

    public enum BspWait {
        /** Busy-wait on the results array: the vCPU stays busy (and accrues ticks) until the end. */
        SPIN,
        /** HLT until the last application processor sends an IPI. */
        HALT
    }
}
