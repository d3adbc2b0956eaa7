package io.tickwise.host;

import io.tickwise.engine.EntityRef;
import io.tickwise.engine.World;
import io.tickwise.host.cpu.PhysicalCore;
import io.tickwise.host.sched.SchedulerConstants;
import io.tickwise.host.cpu.VcpuCosts;
import io.tickwise.host.cpu.Socket;
import io.tickwise.host.hypervisor.Hypervisor;
import io.tickwise.host.power.CorePower;
import io.tickwise.host.power.IdleGovernor;
import io.tickwise.host.power.TurboTable;
import io.tickwise.host.spec.HostSpec;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.host.topology.Topology;

import java.util.ArrayList;
import java.util.List;

/**
 * A host's entities in one run — sockets, physical cores, the hypervisor — spawned into the
 * run's world for the host threads registered so far, and read back once the run is over.
 */
public final class HostModel {
    private final HostSpec spec;
    private final Topology topology;
    private final ThreadTable threads;
    private final List<Socket> sockets = new ArrayList<>();
    private final List<PhysicalCore> cores = new ArrayList<>();
    private final Hypervisor hypervisorEntity;
    private final EntityRef<Hypervisor.Message> hypervisor;
    private final boolean traced;

    private HostModel(World world, HostSpec spec, HostOptions options, ThreadTable threads) {
        this.spec = spec;
        this.topology = Topology.of(spec.topology());
        this.threads = threads;
        if (!options.coreSpeeds().fits(topology.physicalCores())) {
            throw new IllegalArgumentException("core speeds for " + options.coreSpeeds().relative().size()
                    + " cores on a host of " + topology.physicalCores());
        }
        threads.freeze();
        TurboTable turbo = new TurboTable(spec.frequency(), options.turbo());
        CorePower power = new CorePower(spec.power(), spec.cStates());
        IdleGovernor governor = new IdleGovernor(spec.cStates(), spec.idleGovernor(),
                options.cStates() ? spec.cStates().size() - 1 : 0);
        SchedulerConstants scheduler = SchedulerConstants.of(spec.scheduler());
        VcpuCosts vcpuCosts = VcpuCosts.of(spec);
        int initiallyActive = governor.state(governor.choose(Long.MAX_VALUE)).countsAsActive()
                ? topology.coresPerSocket() : 0;
        List<EntityRef<Socket.Message>> socketRefs = new ArrayList<>();
        for (int s = 0; s < topology.sockets(); s++) {
            Socket socket = new Socket(turbo, Math.round(spec.frequency().transitionIntervalUs().value() * 1e3),
                    spec.power().uncoreActiveW().value(), spec.power().uncoreIdleW().value(), initiallyActive,
                    options.traced());
            sockets.add(socket);
            socketRefs.add(world.spawn("socket-" + s, socket));
        }
        List<EntityRef<PhysicalCore.Message>> coreRefs = new ArrayList<>();
        for (int c = 0; c < topology.physicalCores(); c++) {
            PhysicalCore core = new PhysicalCore(new PhysicalCore.Config(c, topology.threadsPerCore(),
                    spec.topology().smtShare().value(), options.coreSpeeds().of(c), power, governor, scheduler, vcpuCosts,
                    options.fidelity(), threads, options.traced()), turbo.ghz(initiallyActive));
            core.wire(socketRefs.get(topology.socketOfCore(c)));
            cores.add(core);
            coreRefs.add(world.spawn("core-" + c, core));
        }
        for (int s = 0; s < topology.sockets(); s++) {
            sockets.get(s).wire(coreRefs.subList(s * topology.coresPerSocket(), (s + 1) * topology.coresPerSocket()),
                    s * topology.coresPerSocket());
        }
        Hypervisor.Config config = new Hypervisor.Config(topology, options.placement(),
                Math.round(spec.hypervisor().haltPollUs().value() * 1e3),
                Math.round(spec.hypervisor().hostWakeupUs().value() * 1e3),
                Math.round(spec.scheduler().balanceIntervalMs().value() * 1e6),
                spec.scheduler().domains().smt().toDomain("smt"), spec.scheduler().domains().socket().toDomain("socket"),
                spec.scheduler().domains().machine().toDomain("machine"), threads, options.traced());
        this.hypervisorEntity = new Hypervisor(config, coreRefs, world.stream(Hypervisor.PLACEMENT_STREAM));
        this.hypervisor = world.spawn("hypervisor", hypervisorEntity);
        this.traced = options.traced();
    }

    /** Spawns the host for the threads in {@code threads}, which can take no more threads after this. */
    public static HostModel build(World world, HostSpec spec, HostOptions options, ThreadTable threads) {
        return new HostModel(world, spec, options, threads);
    }

    public EntityRef<Hypervisor.Message> hypervisor() {
        return hypervisor;
    }

    public HostSpec spec() {
        return spec;
    }

    public Topology topology() {
        return topology;
    }

    /** What the host measured from time 0 until {@code endNs}; call once the run is over. */
    public HostMeasurements measure(long endNs) {
        return HostMeasurements.collect(spec, threads, cores, sockets, hypervisorEntity, traced, endNs);
    }
}
