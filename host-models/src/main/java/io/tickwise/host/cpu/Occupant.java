package io.tickwise.host.cpu;

/**
 * A host thread on a logical processor's run queue. A polling thread (KVM halt-polling after a
 * guest HLT) holds the processor busy but does no useful work. A thread that arrives from sleep
 * runs only after {@code wakeupNs} of the host's wake-up path, which starts once the core is
 * out of its C-state.
 */
public record Occupant(int thread, boolean polling, long wakeupNs) {
}
