package io.tickwise.host.thread;

import io.tickwise.engine.Port;

/**
 * A thread of the host OS: a vCPU thread of a VM or a bare-metal task. {@code pinnedTo} is a
 * logical processor it may only run on (−1: free); {@code lastRanOn} where it last ran before
 * the run started (−1: never ran, so it is placed like a new task).
 */
public record HostThread(int id, String name, Port<RatesChanged> owner, int pinnedTo, int lastRanOn) {
}
