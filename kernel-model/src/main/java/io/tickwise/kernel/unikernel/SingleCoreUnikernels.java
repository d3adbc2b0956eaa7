package io.tickwise.kernel.unikernel;

import io.tickwise.engine.Context;
import io.tickwise.engine.Entity;
import io.tickwise.engine.EntityRef;
import io.tickwise.engine.Port;
import io.tickwise.engine.World;
import io.tickwise.host.HostMeasurements;
import io.tickwise.host.hypervisor.Hypervisor;
import io.tickwise.host.hypervisor.ThreadSpread;
import io.tickwise.host.thread.HostThread;
import io.tickwise.host.thread.Executions;
import io.tickwise.host.thread.RatesChanged;
import io.tickwise.host.thread.ThreadRate;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.host.topology.Topology;
import io.tickwise.kernel.experiment.ExperimentSetup;
import io.tickwise.kernel.experiment.Reply;
import io.tickwise.kernel.experiment.Request;
import io.tickwise.kernel.experiment.SystemModel;

import java.util.ArrayList;
import java.util.List;

/**
 * N single-core IncludeOS VMs, one task each: every VM, booted and halted, receives its own
 * request, handles it, computes, answers and halts again. The client sums the answers.
 */
public final class SingleCoreUnikernels implements SystemModel {
    private final ExperimentSetup setup;
    private final List<Vm> vms = new ArrayList<>();
    private int[] vcpuThreads;

    public SingleCoreUnikernels(ExperimentSetup setup) {
        this.setup = setup;
    }

    @Override
    public List<Server> build(World world, ThreadTable threads) {
        int[] booted = ThreadSpread.of(setup.tasks(), Topology.of(setup.host().topology()), world.stream(ThreadSpread.STREAM));
        vcpuThreads = new int[setup.tasks()];
        List<Server> servers = new ArrayList<>();
        for (int i = 0; i < setup.tasks(); i++) {
            Vm vm = new Vm();
            EntityRef<Vm.Message> ref = world.spawn("includeos-" + i, vm);
            vm.thread = threads.add("includeos-" + i + "-vcpu", HostThread.Kind.VCPU, Port.of(ref, Vm.Rates::new), -1, booted[i]);
            vcpuThreads[i] = vm.thread;
            vms.add(vm);
            servers.add(new Server(Port.of(ref, Vm.Incoming::new), 1));
            if (!setup.guest().idleExits()) {
                world.schedule(ref, new Vm.Booted(), 0);
            }
        }
        return servers;
    }

    @Override
    public void wire(EntityRef<Hypervisor.Message> hypervisor) {
        vms.forEach(vm -> vm.hypervisor = hypervisor);
    }

    /** N QEMU processes, each reporting its own ticks, each with its emulator's own CPU over the tick window. */
    @Override
    public long ticks(HostMeasurements host) {
        long emulatorNs = setup.guest().tickWindow().vmStartCpuNs(setup.systems().unikernel());
        long ticks = 0;
        for (int thread : vcpuThreads) {
            ticks += host.processTicks(emulatorNs, thread);
        }
        return ticks;
    }

    /** One single-core VM: handle the request, compute, answer, halt. */
    private final class Vm implements Entity<Vm.Message> {

        sealed interface Message permits Booted, Incoming, Rates, Check {
        }

        /** The VM has booted and idles in the guest (no VM exits) until its request. */
        record Booted() implements Message {
        }

        record Incoming(Request request) implements Message {
        }

        record Rates(RatesChanged change) implements Message {
        }

        record Check() implements Message {
        }

        private final Executions<Message> work = new Executions<>(1, i -> new Check());
        private EntityRef<Hypervisor.Message> hypervisor;
        private Port<Reply> replyTo;
        private int thread;

        @Override
        public void receive(Message message, Context<Message> context) {
            if (message instanceof Booted) {
                context.send(hypervisor, new Hypervisor.IdleInGuest(thread), 0);
            } else if (message instanceof Incoming incoming) {
                replyTo = incoming.request().replyTo();
                work.give(0, setup.cycles(setup.systems().unikernel().requestHandlingUs().value()) + setup.taskCycles(),
                        context.now());
                context.send(hypervisor, new Hypervisor.Wake(thread), 0);
            } else if (message instanceof Rates rates) {
                for (ThreadRate r : rates.change().rates()) {
                    work.rate(0, r.cyclesPerNs(), context);
                }
            } else if (message instanceof Check) {
                if (work.done(0, context)) {
                    replyTo.send(context, new Reply(1), setup.nanos(setup.systems().client().udpOneWayUs().value()));
                    context.send(hypervisor, setup.guest().idleExits() ? new Hypervisor.Halt(thread, Long.MAX_VALUE)
                            : new Hypervisor.IdleInGuest(thread), 0);
                }
            } else {
                throw new IllegalStateException("unhandled message " + message.getClass().getSimpleName());
            }
        }
    }
}
