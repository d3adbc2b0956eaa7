package io.tickwise.host.cpu;

/**
 * A host thread on a logical processor's run queue. A polling thread (KVM halt-polling after a
 * guest HLT) holds the processor busy but does no useful work; a thread is not running before
 * {@code readyAt} (the host's wake-up path is still on its way).
 */
public record Occupant(int thread, boolean polling, long readyAt) {
}
