package io.tickwise.kernel.linux;

import io.tickwise.engine.Context;
import io.tickwise.engine.Entity;
import io.tickwise.engine.EntityRef;
import io.tickwise.engine.Port;
import io.tickwise.engine.World;
import io.tickwise.host.Fidelity;
import io.tickwise.host.HostMeasurements;
import io.tickwise.host.hypervisor.Hypervisor;
import io.tickwise.host.hypervisor.ThreadSpread;
import io.tickwise.host.sched.LoadHistogram;
import io.tickwise.host.sched.RunQueueLoads;
import io.tickwise.host.sched.SchedDomain;
import io.tickwise.host.sched.SchedulerConstants;
import io.tickwise.host.sched.SliceHolder;
import io.tickwise.host.spec.SchedulerSpec;
import io.tickwise.host.thread.Executions;
import io.tickwise.host.thread.HostThread;
import io.tickwise.host.thread.RatesChanged;
import io.tickwise.host.thread.ThreadRate;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.host.topology.Topology;
import io.tickwise.kernel.experiment.ExperimentSetup;
import io.tickwise.kernel.experiment.Request;
import io.tickwise.kernel.experiment.SystemModel;
import io.tickwise.kernel.spec.SystemsSpec;
import io.tickwise.kernel.trace.GuestTimeline;
import io.tickwise.kernel.trace.GuestTrace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * An Ubuntu VM with one vCPU per host logical processor, running the same program as on bare
 * metal ({@link RunnerProgram}). The guest kernel places tasks on vCPUs (it sees no SMT
 * topology, so any idle vCPU will do), shares a vCPU among its tasks CFS-style (processor
 * sharing in fluid fidelity; slices preempted at guest timer ticks in tick fidelity), balances
 * periodically with the scheduler core's rules and its own domain, takes a timer tick on
 * every busy vCPU (each a VM exit) and halts idle vCPUs (tickless idle), which then wake a few
 * times a second for housekeeping. The host sees only the vCPU threads.
 */
public final class GuestLinux implements SystemModel {

    /** The source of randomness of the guest's own placement: which of the equally loaded vCPUs a new task gets. */
    static final String GUEST_PLACEMENT_STREAM = "guest-placement";

    private final ExperimentSetup setup;
    private GuestKernel kernel;
    private int[] vcpuThreads;

    public GuestLinux(ExperimentSetup setup) {
        this.setup = setup;
    }

    @Override
    public List<Server> build(World world, ThreadTable threads) {
        Topology topology = Topology.of(setup.host().topology());
        int vcpus = topology.logicalProcessors();
        int[] booted = ThreadSpread.of(vcpus, topology, world.stream(ThreadSpread.STREAM));
        kernel = new GuestKernel(vcpus, setup.tasks(), world.stream(GUEST_PLACEMENT_STREAM));
        EntityRef<GuestKernel.Message> ref = world.spawn("ubuntu-guest", kernel);
        Port<RatesChanged> owner = Port.of(ref, GuestKernel.Rates::new);
        vcpuThreads = new int[vcpus];
        for (int v = 0; v < vcpus; v++) {
            vcpuThreads[v] = threads.add("ubuntu-vcpu-" + v, HostThread.Kind.VCPU, owner, -1, booted[v]);
        }
        if (setup.hostOptions().traced()) {
            kernel.timeline = new GuestTimeline("ubuntu guest kernel, run queue per vCPU", vcpuThreads);
        }
        if (!setup.guest().idleExits()) {
            world.schedule(ref, new GuestKernel.Booted(), 0);
        }
        return List.of(new Server(Port.of(ref, GuestKernel.Incoming::new), setup.tasks()));
    }

    @Override
    public void wire(EntityRef<Hypervisor.Message> hypervisor) {
        kernel.hypervisor = hypervisor;
    }

    @Override
    public Optional<GuestTrace> guestTrace() {
        return Optional.ofNullable(kernel.timeline).map(GuestTimeline::trace);
    }

    /**
     * The QEMU process's ticks: its vCPU threads' time on the host, plus the housekeeping
     * wake-ups of idle vCPUs (each a little guest work and a halt-poll window), accounted at
     * their average rate rather than as events, and the halted vCPUs a TLB shootdown woke
     * (each the flush and a halt-poll window). A guest that idles without VM exits keeps its
     * idle vCPUs on the host, where that time is already charged.
     */
    @Override
    public long ticks(HostMeasurements host) {
        if (!setup.guest().idleExits()) {
            return host.processTicks(vcpuThreads);
        }
        SystemsSpec.LinuxSpec linux = setup.systems().linux();
        double perWakeupNs = (linux.idleWakeupWorkUs().value() + setup.host().hypervisor().haltPollUs().value()) * 1e3;
        double idleSeconds = 0;
        for (int v = 0; v < vcpuThreads.length; v++) {
            idleSeconds += kernel.idleNsUntil(v, host.endNs()) * 1e-9;
        }
        long housekeepingNs = Math.round(idleSeconds * linux.idleWakeupsPerSecond().value() * perWakeupNs);
        double perFlushWakeupNs = (linux.nativeIpiUs().value() + setup.host().hypervisor().haltPollUs().value()) * 1e3;
        long lazyTlbNs = Math.round(kernel.lazyTlbWakeups * perFlushWakeupNs);
        return host.processTicks(housekeepingNs + lazyTlbNs, vcpuThreads);
    }

    /** The guest kernel: its run queues over the vCPUs, the runner (task 0) and the prime-counting tasks. */
    private final class GuestKernel implements Entity<GuestKernel.Message>, RunnerProgram.Kernel<GuestKernel.Message> {

        sealed interface Message permits Booted, Incoming, Rates, Check, Balance, GuestTick, SwitchDone {
        }

        /** The VM has booted; its vCPUs idle in the guest (no VM exits) until there is work. */
        record Booted() implements Message {
        }

        record Incoming(Request request) implements Message {
        }

        record Rates(RatesChanged change) implements Message {
        }

        /** Time to see whether {@code task}'s current work (task 0: the runner's) is done. */
        record Check(int task) implements Message {
        }

        record Balance() implements Message {
        }

        /** Tick fidelity: the guest's timer interrupt on a shared vCPU, where preemption is decided. */
        record GuestTick(int vcpu, long epoch) implements Message {
        }

        /** Tick fidelity: a guest context switch on the vCPU is over. */
        record SwitchDone(int vcpu) implements Message {
        }

        private final SystemsSpec.LinuxSpec linux = setup.systems().linux();
        private final SchedulerConstants guestScheduler;
        private final long balanceIntervalNs;
        private final double tickExitCycles;
        private final double shootdownCyclesPerTarget;
        private final List<List<Integer>> runQueues = new ArrayList<>();
        private final double[] vcpuRate;
        private final long[] idleSince;
        private final long[] idleNs;
        private final Executions<Message> executions;
        private final int[] vcpuOf;
        private final RunQueueLoads loads = RunQueueLoads.of(runQueues);
        private final LoadHistogram loadHistogram;
        private final SchedDomain domain;
        private final SplittableRandom placementChoices;
        private EntityRef<Hypervisor.Message> hypervisor;
        private final RunnerProgram<Message> program;
        /** vCPUs that have run the program: its mm stays loaded there in lazy-TLB mode when they idle. */
        private final boolean[] ranProgram;
        /** Halted vCPUs that TLB-shootdown IPIs woke. */
        private long lazyTlbWakeups;
        private boolean balancePending;
        private final boolean tickFidelity = setup.hostOptions().fidelity() == Fidelity.TICK;
        private final int[] holder;
        private final SliceHolder[] slices;
        private final long[] tickEpoch;
        private final boolean[] ticking;
        /** Each vCPU's run queue over time when traced; null otherwise. */
        private GuestTimeline timeline;
        /** The run queues as the timeline last heard them. */
        private final List<List<Integer>> tracedQueues = new ArrayList<>();

        GuestKernel(int vcpus, int tasks, SplittableRandom placementChoices) {
            this.placementChoices = placementChoices;
            SchedulerSpec host = setup.host().scheduler();
            guestScheduler = new SchedulerConstants(Math.round(1e9 / linux.guestHz().value()),
                    Math.round(host.latencyMs().value() * 1e6), Math.round(host.minGranularityMs().value() * 1e6),
                    Math.round(host.contextSwitchUs().value() * 1e3));
            balanceIntervalNs = Math.round(host.balanceIntervalMs().value() * 1e6);
            tickExitCycles = setup.host().hypervisor().guestTickCycles();
            shootdownCyclesPerTarget = setup.host().hypervisor().ipiExitCycles().value();
            vcpuRate = new double[vcpus];
            ranProgram = new boolean[vcpus];
            holder = new int[vcpus];
            Arrays.fill(holder, -1);
            slices = new SliceHolder[vcpus];
            tickEpoch = new long[vcpus];
            ticking = new boolean[vcpus];
            idleSince = new long[vcpus];
            idleNs = new long[vcpus];
            for (int v = 0; v < vcpus; v++) {
                runQueues.add(new ArrayList<>());
                slices[v] = new SliceHolder();
                tracedQueues.add(List.of());
            }
            loadHistogram = new LoadHistogram(vcpus);
            domain = linux.guestDomain().toDomain("guest");
            executions = new Executions<>(tasks + 1, Check::new);
            vcpuOf = new int[tasks + 1];
            Arrays.fill(vcpuOf, -1);
            program = new RunnerProgram<>(setup, this);
        }

        long idleNsUntil(int v, long end) {
            return idleNs[v] + (runQueues.get(v).isEmpty() ? Math.max(0, end - idleSince[v]) : 0);
        }

        @Override
        public void receive(Message message, Context<Message> context) {
            if (message instanceof Booted) {
                for (int thread : vcpuThreads) {
                    context.send(hypervisor, new Hypervisor.IdleInGuest(thread), 0);
                }
            } else if (message instanceof Incoming incoming) {
                program.receive(incoming.request(), context);
            } else if (message instanceof Rates rates) {
                for (ThreadRate r : rates.change().rates()) {
                    int v = r.thread() - vcpuThreads[0];
                    vcpuRate[v] = r.cyclesPerNs();
                    refreshRates(v, context);
                }
            } else if (message instanceof Check check) {
                if (executions.done(check.task(), context)) {
                    program.workDone(check.task(), context);
                }
            } else if (message instanceof Balance) {
                balancePending = false;
                balance(context);
            } else if (message instanceof GuestTick tick && tick.epoch() == tickEpoch[tick.vcpu()]) {
                ticking[tick.vcpu()] = false;
                preempt(tick.vcpu(), context);
                refreshRates(tick.vcpu(), context);
            } else if (message instanceof SwitchDone done) {
                refreshRates(done.vcpu(), context);
            } else if (!(message instanceof GuestTick)) {
                throw new IllegalStateException("unhandled message " + message.getClass().getSimpleName());
            }
            scheduleBalance(context);
            if (timeline != null) {
                // Most events change no queue: compare before naming, so a tick-fidelity run stays cheap to trace.
                for (int v = 0; v < runQueues.size(); v++) {
                    if (!runQueues.get(v).equals(tracedQueues.get(v))) {
                        tracedQueues.set(v, List.copyOf(runQueues.get(v)));
                        timeline.set(v, context.now(), queueLabel(runQueues.get(v)));
                    }
                }
            }
        }

        /** The tasks on a run queue as the trace names them: the runner, task-1 … task-N. */
        private static String queueLabel(List<Integer> queue) {
            StringBuilder label = new StringBuilder();
            for (int task : queue) {
                label.append(label.length() == 0 ? "" : " + ").append(task == 0 ? "runner" : "task-" + task);
            }
            return label.toString();
        }

        /**
         * Guest tasks on vCPU v get its rate, less the timer-tick exits: shared equally less the CFS
         * switch overhead in fluid fidelity, all to the task holding the vCPU in tick fidelity.
         */
        private void refreshRates(int v, Context<Message> context) {
            List<Integer> queue = runQueues.get(v);
            double rate = vcpuRate[v];
            double useful = rate <= 0 ? 0 : rate * Math.max(0, 1 - linux.guestHz().value() * tickExitCycles / (rate * 1e9));
            if (tickFidelity) {
                keepHolder(v, context);
            }
            double perTask = queue.isEmpty() ? 0 : useful / queue.size() * guestScheduler.sharingEfficiency(queue.size());
            // By index: a tick-fidelity run comes here at every guest tick, and an iterator is an allocation.
            for (int k = 0; k < queue.size(); k++) {
                int task = queue.get(k);
                double taskRate = perTask;
                if (tickFidelity) {
                    taskRate = task == holder[v] && !slices[v].switching(context.now()) ? useful : 0;
                }
                executions.rate(task, taskRate, context);
            }
            if (tickFidelity) {
                scheduleGuestTick(v, context);
            }
        }

        /** A holder that left hands the vCPU to the next task in the queue, through a context switch. */
        private void keepHolder(int v, Context<Message> context) {
            List<Integer> queue = runQueues.get(v);
            if (queue.contains(holder[v])) {
                return;
            }
            holder[v] = queue.isEmpty() ? -1 : queue.get(0);
            slices[v].tookOver(context.now());
            if (holder[v] >= 0 && queue.size() > 1) {
                switchTo(v, context);
            }
        }

        private void preempt(int v, Context<Message> context) {
            List<Integer> queue = runQueues.get(v);
            long now = context.now();
            if (slices[v].sliceOver(now, queue.size(), guestScheduler)) {
                holder[v] = queue.get((queue.indexOf(holder[v]) + 1) % queue.size());
                switchTo(v, context);
            }
        }

        private void switchTo(int v, Context<Message> context) {
            slices[v].switched(context.now(), guestScheduler.contextSwitchNs());
            context.sendSelf(new SwitchDone(v), guestScheduler.contextSwitchNs());
        }

        /** While a vCPU is shared, its timer ticks every 1/HZ; otherwise it is tickless. */
        private void scheduleGuestTick(int v, Context<Message> context) {
            boolean shared = runQueues.get(v).size() > 1;
            if (shared && !ticking[v]) {
                ticking[v] = true;
                long period = guestScheduler.tickNs();
                context.sendSelf(new GuestTick(v, ++tickEpoch[v]), period - Math.floorMod(context.now(), period));
            } else if (!shared && ticking[v]) {
                ticking[v] = false;
                tickEpoch[v]++;
            }
        }

        private void enqueue(int task, int v, Context<Message> context) {
            List<Integer> queue = runQueues.get(v);
            boolean wasIdle = queue.isEmpty();
            loadHistogram.moved(queue.size(), queue.size() + 1);
            queue.add(task);
            vcpuOf[task] = v;
            ranProgram[v] = true;
            executions.hold(task, context.now());
            if (wasIdle) {
                idleNs[v] += context.now() - idleSince[v];
                context.send(hypervisor, new Hypervisor.Wake(vcpuThreads[v]), 0);
            }
            refreshRates(v, context);
        }

        private void dequeue(int task, Context<Message> context) {
            int v = vcpuOf[task];
            List<Integer> queue = runQueues.get(v);
            loadHistogram.moved(queue.size(), queue.size() - 1);
            queue.remove(Integer.valueOf(task));
            executions.hold(task, context.now());
            if (queue.isEmpty()) {
                idleSince[v] = context.now();
                context.send(hypervisor, setup.guest().idleExits() ? new Hypervisor.Halt(vcpuThreads[v], Long.MAX_VALUE)
                        : new Hypervisor.IdleInGuest(vcpuThreads[v]), 0);
            }
            refreshRates(v, context);
        }

        /** The runner waits for the request's datagram on vCPU 0, where its interrupt lands; a task goes where fork balancing puts it. */
        @Override
        public void start(int task, double cycles, Context<Message> context) {
            executions.give(task, cycles, context.now());
            enqueue(task, task == 0 ? 0 : forkTarget(), context);
        }

        @Override
        public void work(int task, double cycles, Context<Message> context) {
            executions.give(task, cycles, context.now());
            refreshRates(vcpuOf[task], context);
        }

        /** Still on its run queue, taking its share of the vCPU without progress. */
        @Override
        public void spin(int task, Context<Message> context) {
            executions.stop(task, context.now());
            refreshRates(vcpuOf[task], context);
        }

        @Override
        public void leave(int task, Context<Message> context) {
            executions.stop(task, context.now());
            dequeue(task, context);
        }

        /** The flush IPIs to the other tasks' vCPUs, each an ICR exit, and the halted vCPUs woken in lazy-TLB mode. */
        @Override
        public double unmapStackCycles(int others) {
            wakeLazyTlbVcpus();
            return others * shootdownCyclesPerTarget;
        }

        /**
         * Kernels before the lazy-TLB rework send the flush IPI to idle CPUs still holding the
         * program's mm too; a halted vCPU is woken for it and halt-polls before it sleeps again.
         */
        private void wakeLazyTlbVcpus() {
            if (linux.flushWakesLazyTlbCpus().value() == 0) {
                return;
            }
            for (int v = 0; v < runQueues.size(); v++) {
                if (ranProgram[v] && runQueues.get(v).isEmpty()) {
                    lazyTlbWakeups++;
                }
            }
        }

        /** Fork balancing on a flat topology: any idle vCPU, else one of the least loaded. */
        private int forkTarget() {
            return loads.leastLoaded(placementChoices);
        }

        /** One migration per interval: a queued task from the busiest vCPU to the idlest, when the domain finds the gap worth it. */
        private void balance(Context<Message> context) {
            int busiest = loads.busiest();
            int idlest = loads.idlest();
            if (!domain.worthPulling(loads.load(busiest), loads.load(idlest))) {
                return;
            }
            List<Integer> source = runQueues.get(busiest);
            int task = source.get(source.size() - 1);
            if (task == 0) {
                return;
            }
            double remaining = executions.remainingCycles(task, context.now());
            dequeue(task, context);
            executions.give(task, remaining, context.now());
            enqueue(task, idlest, context);
        }

        private void scheduleBalance(Context<Message> context) {
            if (!balancePending && loadHistogram.imbalancedFor(domain)) {
                balancePending = true;
                context.sendSelf(new Balance(), balanceIntervalNs);
            }
        }
    }
}
