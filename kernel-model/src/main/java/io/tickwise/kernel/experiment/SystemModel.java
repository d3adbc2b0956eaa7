package io.tickwise.kernel.experiment;

import io.tickwise.engine.EntityRef;
import io.tickwise.engine.Port;
import io.tickwise.engine.World;
import io.tickwise.host.HostMeasurements;
import io.tickwise.host.hypervisor.Hypervisor;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.kernel.trace.GuestTrace;

import java.util.List;
import java.util.Optional;

/** One of the six systems in one run: its entities, its host threads, and what of the host it is charged. */
public interface SystemModel {

    /** Spawns the system's entities and registers its host threads; returns where requests go. */
    List<Server> build(World world, ThreadTable threads);

    /** Tells the system's entities where the hypervisor is, once the host exists. */
    void wire(EntityRef<Hypervisor.Message> hypervisor);

    /** Host CPU ticks of the system's processes (QEMU's vCPU threads, or the runner and its tasks) over [0, end]. */
    long ticks(HostMeasurements host);

    /** What the guest kernel ran on its processors, when traced and the system has a guest kernel; after the run. */
    default Optional<GuestTrace> guestTrace() {
        return Optional.empty();
    }

    /** A request target and how many of the tasks it computes. */
    record Server(Port<Request> port, int tasks) {
    }
}
