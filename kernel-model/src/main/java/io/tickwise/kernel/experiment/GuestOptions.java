package io.tickwise.kernel.experiment;

/**
 * Guest-side what-ifs the paper could not run: whether the host pins the multicore unikernel's
 * vCPUs as its sibling-first placement intends (siblings filled first).
 */
public record GuestOptions(boolean honourSiblingPlacement) {

    public static final GuestOptions DEFAULTS = new GuestOptions(false);
}
