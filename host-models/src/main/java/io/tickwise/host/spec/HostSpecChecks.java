package io.tickwise.host.spec;

import io.tickwise.input.Validator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.tickwise.input.Validator.number;

/**
 * What a well-typed host spec must also satisfy to describe a machine: counts of at least one,
 * powers and latencies never negative, frequencies and costs positive, a turbo table with one
 * entry per core count, C-states from shallow to deep, and a source for every number.
 * Checks run in the order of the file, so the first problem reported is the first one written.
 */
final class HostSpecChecks {
    /**
     * As many as the most tasks a scenario may have: the model keeps state per logical
     * processor, so a mistyped count (a million sockets) would exhaust memory instead of being
     * reported. (4,096 processors with 65,536 tasks peak below 300 MiB of heap.)
     */
    static final int MAX_LOGICAL_PROCESSORS = 65_536;

    private final Validator validator;

    HostSpecChecks(Validator validator) {
        this.validator = validator;
    }

    void check(HostSpec host) {
        validator.notBlank(host.name(), "name");
        validator.notBlank(host.description(), "description");
        topology(host.topology());
        frequency(host.frequency(), host.topology().coresPerSocket());
        cStates(host.cStates());
        power(host.power());
        idleGovernor(host.idleGovernor());
        scheduler(host.scheduler());
        hypervisor(host.hypervisor());
    }

    private void topology(TopologySpec topology) {
        validator.atLeast(topology.sockets(), 1, "topology.sockets");
        validator.atLeast(topology.coresPerSocket(), 1, "topology.coresPerSocket");
        validator.atLeast(topology.threadsPerCore(), 1, "topology.threadsPerCore");
        long logical = (long) topology.sockets() * topology.coresPerSocket() * topology.threadsPerCore();
        validator.require(logical <= MAX_LOGICAL_PROCESSORS, "topology.sockets", "sockets × coresPerSocket × "
                + "threadsPerCore is " + logical + " logical processors; at most " + MAX_LOGICAL_PROCESSORS);
        // A busy sibling can only take throughput away; 1 means it takes none.
        validator.inLeftOpen(topology.smtShare().value(), 0, 1, "topology.smtShare.value");
        cited(topology.smtShare(), "topology.smtShare");
        validator.notBlank(topology.source(), "topology.source");
    }

    private void frequency(FrequencySpec frequency, int coresPerSocket) {
        positive(frequency.baseGHz(), "frequency.baseGHz");
        double base = frequency.baseGHz().value();
        List<Double> bins = frequency.turboGHz().values();
        validator.require(bins.size() == coresPerSocket, "frequency.turboGHz.values",
                "needs one entry per count of active cores, 1.." + coresPerSocket
                        + " (topology.coresPerSocket), got " + bins.size());
        for (int i = 0; i < bins.size(); i++) {
            String path = "frequency.turboGHz.values[" + i + "]";
            double ghz = bins.get(i);
            validator.require(Double.isFinite(ghz) && ghz >= base, path,
                    "must be >= frequency.baseGHz.value (" + number(base) + "), got " + number(ghz));
            if (i > 0) {
                double fewer = bins.get(i - 1);
                validator.require(ghz <= fewer, path, "must not exceed the entry for fewer active cores ("
                        + number(fewer) + "), got " + number(ghz));
            }
        }
        validator.notBlank(frequency.turboGHz().source(), "frequency.turboGHz.source");
        positive(frequency.transitionIntervalUs(), "frequency.transitionIntervalUs");
    }

    private void cStates(List<CStateSpec> states) {
        validator.require(!states.isEmpty(), "cStates", "needs at least one idle state");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < states.size(); i++) {
            CStateSpec state = states.get(i);
            String path = "cStates[" + i + "]";
            validator.notBlank(state.name(), path + ".name");
            validator.require(names.add(state.name()), path + ".name", "\"" + state.name() + "\" is listed twice");
            nonNegative(state.exitLatencyUs(), path + ".exitLatencyUs");
            nonNegative(state.targetResidencyUs(), path + ".targetResidencyUs");
            nonNegative(state.corePowerW(), path + ".corePowerW");
            if (i > 0) {
                deeper(states.get(i - 1), state, i);
            }
        }
    }

    /** The governor walks the list from shallow to deep, so each state must cost more to leave and save power. */
    private void deeper(CStateSpec shallower, CStateSpec state, int i) {
        String path = "cStates[" + i + "]";
        String previous = "cStates[" + (i - 1) + "]";
        validator.require(state.exitLatencyUs().value() > shallower.exitLatencyUs().value(), path + ".exitLatencyUs.value",
                "must exceed " + previous + ".exitLatencyUs.value (" + number(shallower.exitLatencyUs().value())
                        + "): states go from shallow to deep");
        validator.require(state.targetResidencyUs().value() > shallower.targetResidencyUs().value(),
                path + ".targetResidencyUs.value", "must exceed " + previous + ".targetResidencyUs.value ("
                        + number(shallower.targetResidencyUs().value()) + "): states go from shallow to deep");
        validator.require(state.corePowerW().value() <= shallower.corePowerW().value(), path + ".corePowerW.value",
                "must not exceed " + previous + ".corePowerW.value (" + number(shallower.corePowerW().value())
                        + "): a deeper state draws less");
    }

    private void power(PowerSpec power) {
        nonNegative(power.coreActiveW(), "power.coreActiveW");
        positive(power.referenceGHz(), "power.referenceGHz");
        nonNegative(power.frequencyExponent(), "power.frequencyExponent");
        nonNegative(power.siblingExtraW(), "power.siblingExtraW");
        nonNegative(power.uncoreActiveW(), "power.uncoreActiveW");
        nonNegative(power.uncoreIdleW(), "power.uncoreIdleW");
        validator.require(power.uncoreIdleW().value() <= power.uncoreActiveW().value(), "power.uncoreIdleW.value",
                "must not exceed power.uncoreActiveW.value (" + number(power.uncoreActiveW().value()) + ")");
        nonNegative(power.platformW(), "power.platformW");
    }

    private void idleGovernor(IdleGovernorSpec governor) {
        positive(governor.latencyLimitUs(), "idleGovernor.latencyLimitUs");
    }

    private void scheduler(SchedulerSpec scheduler) {
        positive(scheduler.hz(), "scheduler.hz");
        positive(scheduler.latencyMs(), "scheduler.latencyMs");
        positive(scheduler.minGranularityMs(), "scheduler.minGranularityMs");
        positive(scheduler.wakeupGranularityMs(), "scheduler.wakeupGranularityMs");
        positive(scheduler.contextSwitchUs(), "scheduler.contextSwitchUs");
        positive(scheduler.balanceIntervalMs(), "scheduler.balanceIntervalMs");
        domain(scheduler.domains().smt(), "scheduler.domains.smt");
        domain(scheduler.domains().socket(), "scheduler.domains.socket");
        domain(scheduler.domains().machine(), "scheduler.domains.machine");
    }

    private void domain(SchedulerSpec.DomainSpec domain, String path) {
        cited(domain.imbalancePct(), path + ".imbalancePct");
        // Below 100 % a domain would pull tasks towards the busier CPU.
        validator.require(domain.imbalancePct().value() >= 100, path + ".imbalancePct.value", "must be >= 100");
        nonNegative(domain.cacheNiceTries(), path + ".cacheNiceTries");
    }

    private void hypervisor(HypervisorSpec hypervisor) {
        // 0 is KVM's halt_poll_ns=0: polling off, a setting worth simulating.
        nonNegative(hypervisor.haltPollUs(), "hypervisor.haltPollUs");
        positive(hypervisor.exitCycles(), "hypervisor.exitCycles");
        positive(hypervisor.timerTickExitCycles(), "hypervisor.timerTickExitCycles");
        positive(hypervisor.ipiExitCycles(), "hypervisor.ipiExitCycles");
        positive(hypervisor.hostWakeupUs(), "hypervisor.hostWakeupUs");
        // 0 for an emulator without hardware virtualization: host interrupts do not exit a guest there.
        nonNegative(hypervisor.hostTickExits(), "hypervisor.hostTickExits");
        nonNegative(hypervisor.vcpuSwitchExits(), "hypervisor.vcpuSwitchExits");
        nonNegative(hypervisor.guestTickApicExits(), "hypervisor.guestTickApicExits");
    }

    private void positive(Cited number, String path) {
        validator.positive(number.value(), path + ".value");
        cited(number, path);
    }

    private void nonNegative(Cited number, String path) {
        validator.nonNegative(number.value(), path + ".value");
        cited(number, path);
    }

    /** Every number carries its source, so a reader can check it. */
    private void cited(Cited number, String path) {
        validator.notBlank(number.source(), path + ".source");
    }
}
