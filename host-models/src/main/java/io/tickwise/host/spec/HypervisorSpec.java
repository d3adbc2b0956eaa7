package io.tickwise.host.spec;

/**
 * KVM on this host: how long the host polls after a guest HLT before it lets the core idle,
 * and what VM exits cost in host cycles (a plain exit; a guest timer tick; a guest IPI).
 */
public record HypervisorSpec(Cited haltPollUs, Cited exitCycles, Cited timerTickExitCycles, Cited ipiExitCycles,
                             Cited hostWakeupUs) {
}
