package io.tickwise.host.spec;

/**
 * KVM on this host: how long the host polls after a guest HLT before it lets the core idle,
 * what VM exits cost in host cycles (a plain exit; a guest timer tick; a guest IPI), how many
 * plain exits a running vCPU takes per host timer tick and per switch to it, and how many more a
 * guest's timer tick takes when the APIC is not virtualized (its EOI).
 */
public record HypervisorSpec(Cited haltPollUs, Cited exitCycles, Cited timerTickExitCycles, Cited ipiExitCycles,
                             Cited hostWakeupUs, Cited hostTickExits, Cited vcpuSwitchExits, Cited guestTickApicExits) {

    /** What one guest timer tick costs its vCPU in host cycles: its own exits and, without APIC virtualization, its EOI's. */
    public double guestTickCycles() {
        return timerTickExitCycles.value() + guestTickApicExits.value() * exitCycles.value();
    }
}
