package io.tickwise.host.cpu;

import io.tickwise.host.spec.HostSpec;

/**
 * What a vCPU thread pays on a processor besides its guest's work: KVM runs guests with
 * external-interrupt exiting, so every host timer tick on a busy processor makes the vCPU
 * holding it exit and re-enter; and every switch to a vCPU thread on a shared processor loads
 * its VMCS and enters the guest. Exit handling is host kernel code, not the divider-bound
 * loop, so it runs at the core's clock whatever its sibling does.
 */
public record VcpuCosts(double hostTickExitCyclesPerSecond, double switchInCycles) {

    public static VcpuCosts of(HostSpec spec) {
        double exit = spec.hypervisor().exitCycles().value();
        return new VcpuCosts(spec.scheduler().hz().value() * spec.hypervisor().hostTickExits().value() * exit,
                spec.hypervisor().vcpuSwitchExits().value() * exit);
    }

    /** The share of a vCPU's time on a processor at {@code ghz} that goes to host-tick exits. */
    public double exitShare(double ghz) {
        return ghz <= 0 ? 0 : hostTickExitCyclesPerSecond / (ghz * 1e9);
    }

    /** What a switch to a vCPU thread adds to the host's context switch, at {@code ghz}. */
    public long switchInNs(double ghz) {
        return ghz <= 0 ? 0 : Math.round(switchInCycles / ghz);
    }
}
