package io.tickwise.kernel.experiment;

import io.tickwise.engine.EntityRef;
import io.tickwise.engine.Port;
import io.tickwise.engine.RunStats;
import io.tickwise.engine.Simulation;
import io.tickwise.engine.World;
import io.tickwise.host.HostMeasurements;
import io.tickwise.host.HostModel;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.kernel.linux.BareMetalLinux;
import io.tickwise.kernel.linux.GuestLinux;
import io.tickwise.kernel.unikernel.MulticoreUnikernel;
import io.tickwise.kernel.unikernel.SingleCoreUnikernels;

import java.util.List;

/**
 * One run of the paper's experiment: a client sends the prime bound to a system running on a
 * host and waits for the sum. Measures the time from the request to the answer, the host CPU
 * ticks of the system's processes, and the host's energy over that time.
 */
public final class Experiment implements Simulation<ExperimentResult> {
    private final ExperimentSetup setup;
    private Client client;
    private SystemModel system;
    private HostModel host;

    public Experiment(ExperimentSetup setup) {
        this.setup = setup;
    }

    public static SystemModel systemFor(ExperimentSetup setup) {
        return switch (setup.system()) {
            case MULTICORE_UNIKERNEL -> new MulticoreUnikernel(setup);
            case SINGLE_CORE_UNIKERNELS -> new SingleCoreUnikernels(setup);
            case UBUNTU_VM_THREADS, UBUNTU_VM_PROCESSES -> new GuestLinux(setup);
            case BARE_METAL_THREADS, BARE_METAL_PROCESSES -> new BareMetalLinux(setup);
        };
    }

    @Override
    public void build(World world) {
        client = new Client(setup.nanos(setup.systems().client().udpOneWayUs().value()),
                setup.nanos(setup.systems().client().sendUs().value()));
        EntityRef<Client.Message> clientRef = world.spawn("client", client);
        ThreadTable threads = new ThreadTable();
        system = systemFor(setup);
        List<SystemModel.Server> servers = system.build(world, threads);
        host = HostModel.build(world, setup.host(), setup.hostOptions(), threads);
        system.wire(host.hypervisor());
        client.wire(Port.of(clientRef, Client::answer), servers.stream().map(SystemModel.Server::port).toList(),
                servers.stream().map(SystemModel.Server::tasks).toList());
        world.schedule(clientRef, new Client.Start(), 0);
    }

    @Override
    public ExperimentResult result(RunStats stats) {
        if (client.finishedAt() < 0) {
            throw new IllegalStateException(setup.system().id() + " with " + setup.tasks()
                    + " tasks never answered (run ended " + stats.ending() + " at " + stats.endTimeNs() + " ns)");
        }
        HostMeasurements measured = host.measure(client.finishedAt());
        return new ExperimentResult(client.finishedAt(), system.ticks(measured), measured, system.guestTrace());
    }
}
