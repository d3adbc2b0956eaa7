package io.tickwise.host.spec;

import java.util.List;

/** A host file: everything the host model needs, each number with its source. */
public record HostSpec(String name, String description, TopologySpec topology, FrequencySpec frequency,
                       List<CStateSpec> cStates, PowerSpec power, IdleGovernorSpec idleGovernor,
                       SchedulerSpec scheduler, HypervisorSpec hypervisor) {

    public HostSpec {
        cStates = List.copyOf(cStates);
    }

    public int physicalCores() {
        return topology.sockets() * topology.coresPerSocket();
    }

    public int logicalProcessors() {
        return physicalCores() * topology.threadsPerCore();
    }
}
