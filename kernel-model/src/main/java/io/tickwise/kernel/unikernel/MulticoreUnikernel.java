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
import io.tickwise.kernel.experiment.GuestOptions;
import io.tickwise.kernel.experiment.Reply;
import io.tickwise.kernel.experiment.Request;
import io.tickwise.kernel.experiment.SystemModel;
import io.tickwise.kernel.spec.SystemsSpec;
import io.tickwise.kernel.trace.GuestTimeline;
import io.tickwise.kernel.trace.GuestTrace;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The multicore IncludeOS of the paper: one VM with one vCPU per task (at most 255 with xAPIC;
 * then processors that finish claim the remaining tasks in turn). Booted and idle, its
 * bootstrap processor (BSP) takes the request, wakes the application processors (APs) with one
 * broadcast INIT and two broadcast STARTUP IPIs (each ICR write a VM exit), waiting the Intel
 * SDM's 10 ms and 2 x 200 µs — spinning, or halted until a timer ends the wait (the bspWait
 * option) — even when there is no AP, and then runs a task itself. Each AP configures itself,
 * passing through a LOCK-serialized critical section one at a time, runs exactly one task
 * (non-preemptive, no timer interrupt), stores its result in the APIC-ID-indexed array and
 * halts. The BSP spins until every result is in (or, as a guest option, halts until the last
 * AP's IPI), then answers and halts. The guest places
 * tasks sibling-first (APs in APIC-ID order, siblings adjacent); whether the host honours that
 * by pinning the vCPUs is a guest option.
 */
public final class MulticoreUnikernel implements SystemModel {
    private final ExperimentSetup setup;
    private Kernel kernel;
    private int[] vcpuThreads;

    public MulticoreUnikernel(ExperimentSetup setup) {
        this.setup = setup;
    }

    @Override
    public List<Server> build(World world, ThreadTable threads) {
        int vcpus = setup.guest().apic() == GuestOptions.ApicMode.X2APIC ? setup.tasks()
                : Math.min(setup.tasks(), (int) setup.systems().unikernel().xapicMaxProcessors().value());
        Topology topology = Topology.of(setup.host().topology());
        int[] booted = ThreadSpread.of(vcpus, topology, world.stream(ThreadSpread.STREAM));
        kernel = new Kernel(vcpus);
        EntityRef<Kernel.Message> ref = world.spawn("includeos-bsp", kernel);
        Port<RatesChanged> owner = Port.of(ref, Kernel.Rates::new);
        vcpuThreads = new int[vcpus];
        for (int v = 0; v < vcpus; v++) {
            int pinned = setup.guest().honourSiblingPlacement() ? v % topology.logicalProcessors() : -1;
            vcpuThreads[v] = threads.add("includeos-vcpu-" + v, HostThread.Kind.VCPU, owner, pinned,
                    pinned >= 0 ? pinned : booted[v]);
        }
        if (setup.hostOptions().traced()) {
            kernel.timeline = new GuestTimeline("multicore unikernel, phase per processor", vcpuThreads);
        }
        if (!setup.guest().idleExits()) {
            // Booted and idle before the request: the BSP idles in the guest on its host thread;
            // APs waiting for their SIPI are parked in KVM whatever cpu-pm says.
            world.schedule(ref, new Kernel.Booted(), 0);
        }
        return List.of(new Server(Port.of(ref, Kernel.Incoming::new), setup.tasks()));
    }

    @Override
    public void wire(EntityRef<Hypervisor.Message> hypervisor) {
        kernel.hypervisor = hypervisor;
    }

    @Override
    public Optional<GuestTrace> guestTrace() {
        return Optional.ofNullable(kernel.timeline).map(GuestTimeline::trace);
    }

    @Override
    public long ticks(HostMeasurements host) {
        return host.processTicks(setup.guest().tickWindow().vmStartCpuNs(setup.systems().unikernel()), vcpuThreads);
    }

    private enum Phase { HALTED, HANDLING_REQUEST, SENDING_STARTUP_IPIS, STARTING_APS, SELF_CONFIGURING, WAITING_FOR_LOCK,
        IN_CRITICAL_SECTION, COMPUTING, WAITING_FOR_RESULTS, SIGNALLING, SUMMING, DONE }

    /** The kernel actor: the BSP's view of the whole VM, owner of its vCPU threads. */
    private final class Kernel implements Entity<Kernel.Message> {

        sealed interface Message permits Booted, Incoming, Rates, Check, WakeupWaitOver {
        }

        /** The VM has booted and its BSP idles until the request. */
        record Booted() implements Message {
        }

        record Incoming(Request request) implements Message {
        }

        record Rates(RatesChanged change) implements Message {
        }

        /** Time to see whether the vCPU's current phase is done. */
        record Check(int vcpu) implements Message {
        }

        /** The BSP's wait after the wake-up's last STARTUP IPI is over. */
        record WakeupWaitOver() implements Message {
        }

        private final Phase[] phase;
        private final Executions<Message> work;
        private final ArrayDeque<Integer> lockQueue = new ArrayDeque<>();
        private final long[] resultByApicId;
        private EntityRef<Hypervisor.Message> hypervisor;
        private Port<Reply> replyTo;
        private int lockHolder = -1;
        private int tasksDone;
        /** Tasks taken so far: every processor starts with one; those finishing first take the rest. */
        private int tasksClaimed;
        /** Each processor's phase over time when traced; null otherwise. */
        private GuestTimeline timeline;
        /** The phases as the timeline last heard them. */
        private final Phase[] tracedPhase;

        Kernel(int vcpus) {
            phase = new Phase[vcpus];
            work = new Executions<>(vcpus, Check::new);
            resultByApicId = new long[vcpus];
            tracedPhase = new Phase[vcpus];
            tasksClaimed = vcpus;
            for (int v = 0; v < vcpus; v++) {
                phase[v] = Phase.HALTED;
            }
        }

        @Override
        public void receive(Message message, Context<Message> context) {
            if (message instanceof Booted) {
                sleep(0, context);
            } else if (message instanceof Incoming incoming) {
                replyTo = incoming.request().replyTo();
                enter(0, Phase.HANDLING_REQUEST, setup.cycles(setup.systems().unikernel().requestHandlingUs().value()), context);
                context.send(hypervisor, new Hypervisor.Wake(vcpuThreads[0]), 0);
            } else if (message instanceof Rates rates) {
                for (ThreadRate r : rates.change().rates()) {
                    int v = r.thread() - vcpuThreads[0];
                    work.rate(v, r.cyclesPerNs(), context);
                }
            } else if (message instanceof Check check) {
                if (work.done(check.vcpu(), context)) {
                    advance(check.vcpu(), context);
                }
            } else if (message instanceof WakeupWaitOver) {
                if (setup.guest().bspWait() == GuestOptions.BspWait.HALT) {
                    // The timer the BSP armed before its HLT fires: its interrupt wakes the vCPU.
                    context.send(hypervisor, new Hypervisor.Wake(vcpuThreads[0]), 0);
                }
                enter(0, Phase.COMPUTING, setup.taskCycles(), context);
            } else {
                throw new IllegalStateException("unhandled message " + message.getClass().getSimpleName());
            }
            if (timeline != null) {
                for (int v = 0; v < phase.length; v++) {
                    if (phase[v] != tracedPhase[v]) {
                        tracedPhase[v] = phase[v];
                        timeline.set(v, context.now(), phaseLabel(v));
                    }
                }
            }
        }

        /** A processor's phase as the trace names it; halted or done is idle. */
        private String phaseLabel(int v) {
            return switch (phase[v]) {
                case HALTED, DONE -> "";
                case WAITING_FOR_RESULTS -> setup.guest().bspWait() == GuestOptions.BspWait.SPIN
                        ? "waiting for results (spinning)" : "waiting for results (halted)";
                default -> phase[v].name().toLowerCase(Locale.ROOT).replace('_', ' ');
            };
        }

        /** The vCPU starts a phase with {@code cycles} of work. */
        private void enter(int v, Phase next, double cycles, Context<Message> context) {
            phase[v] = next;
            work.run(v, cycles, context);
        }

        /** The vCPU starts a phase without work: it spins, waits or halts. */
        private void idle(int v, Phase next, Context<Message> context) {
            phase[v] = next;
            work.stop(v, context.now());
        }

        private void advance(int v, Context<Message> context) {
            switch (phase[v]) {
                case HANDLING_REQUEST -> sendWakeupIpis(context);
                case SENDING_STARTUP_IPIS -> startAps(context);
                case SELF_CONFIGURING -> {
                    lockQueue.addLast(v);
                    idle(v, Phase.WAITING_FOR_LOCK, context);
                    grantLock(context);
                }
                case IN_CRITICAL_SECTION -> {
                    lockHolder = -1;
                    enter(v, Phase.COMPUTING, setup.taskCycles(), context);
                    grantLock(context);
                }
                case COMPUTING -> finishTask(v, context);
                case SIGNALLING -> {
                    idle(v, Phase.DONE, context);
                    sleep(v, context);
                    context.send(hypervisor, new Hypervisor.Wake(vcpuThreads[0]), 0);
                    sum(context);
                }
                case SUMMING -> answer(context);
                default -> throw new IllegalStateException("vCPU " + v + " finished work in phase " + phase[v]);
            }
        }

        /** The BSP writes the ICR once for the INIT and once per STARTUP IPI, each write a VM exit. */
        private void sendWakeupIpis(Context<Message> context) {
            SystemsSpec.UnikernelSpec unikernel = setup.systems().unikernel();
            enter(0, Phase.SENDING_STARTUP_IPIS,
                    unikernel.wakeupIcrWrites() * setup.host().hypervisor().ipiExitCycles().value(), context);
        }

        /**
         * The broadcast reaches every AP whatever their number: each starts at the first STARTUP
         * IPI, after the INIT wait; the BSP waits until the last STARTUP IPI's wait is over,
         * spinning or halted, and computes its own task after that, APs or none.
         */
        private void startAps(Context<Message> context) {
            SystemsSpec.UnikernelSpec unikernel = setup.systems().unikernel();
            for (int ap = 1; ap < phase.length; ap++) {
                enter(ap, Phase.SELF_CONFIGURING, setup.cycles(unikernel.apSelfConfigurationUs().value()), context);
                context.send(hypervisor, new Hypervisor.Wake(vcpuThreads[ap]), unikernel.initWaitNs());
            }
            idle(0, Phase.STARTING_APS, context);
            if (setup.guest().bspWait() == GuestOptions.BspWait.HALT) {
                sleep(0, context);
            }
            context.sendSelf(new WakeupWaitOver(), unikernel.wakeupWaitNs());
        }

        private void grantLock(Context<Message> context) {
            if (lockHolder < 0 && !lockQueue.isEmpty()) {
                lockHolder = lockQueue.removeFirst();
                enter(lockHolder, Phase.IN_CRITICAL_SECTION, setup.cycles(setup.systems().unikernel().criticalSectionUs().value()), context);
            }
        }

        /** A processor stored a task's result: it claims another (LOCK xadd) while any is left, else it idles. */
        private void finishTask(int v, Context<Message> context) {
            resultByApicId[v]++;
            tasksDone++;
            if (tasksClaimed < setup.tasks()) {
                tasksClaimed++;
                enter(v, Phase.COMPUTING, setup.taskCycles(), context);
                return;
            }
            GuestOptions guest = setup.guest();
            boolean bspSleeps = guest.mwaitInGuest() || guest.bspWait() == GuestOptions.BspWait.HALT;
            if (v == 0) {
                if (tasksDone == setup.tasks()) {
                    sum(context);
                } else {
                    idle(0, Phase.WAITING_FOR_RESULTS, context);
                    if (bspSleeps) {
                        sleep(0, context);
                    }
                }
                return;
            }
            boolean last = tasksDone == setup.tasks() && phase[0] == Phase.WAITING_FOR_RESULTS;
            if (last && bspSleeps) {
                // The last AP wakes the sleeping BSP with an IPI: one ICR write, a VM exit.
                enter(v, Phase.SIGNALLING, setup.host().hypervisor().ipiExitCycles().value(), context);
                return;
            }
            idle(v, Phase.DONE, context);
            sleep(v, context);
            if (last) {
                sum(context);
            }
        }

        /** Halt-on-idle: HLT with a VM exit, or — with MWAIT in the guest — idle without leaving the host thread. */
        private void sleep(int v, Context<Message> context) {
            Hypervisor.Message idle = setup.guest().idleExits() ? new Hypervisor.Halt(vcpuThreads[v], Long.MAX_VALUE)
                    : new Hypervisor.IdleInGuest(vcpuThreads[v]);
            context.send(hypervisor, idle, 0);
        }

        /** The BSP sums the APIC-ID-indexed results and sends the answer: as much work as taking the request. */
        private void sum(Context<Message> context) {
            enter(0, Phase.SUMMING, setup.cycles(setup.systems().unikernel().requestHandlingUs().value()), context);
        }

        private void answer(Context<Message> context) {
            idle(0, Phase.DONE, context);
            long sum = 0;
            for (long r : resultByApicId) {
                sum += r;
            }
            replyTo.send(context, new Reply((int) sum), setup.nanos(setup.systems().client().udpOneWayUs().value()));
            sleep(0, context);
        }
    }
}
