package io.tickwise.host.cpu;

import io.tickwise.engine.Context;
import io.tickwise.engine.Entity;
import io.tickwise.engine.EntityRef;
import io.tickwise.host.Fidelity;
import io.tickwise.host.power.CorePower;
import io.tickwise.host.power.EnergyMeter;
import io.tickwise.host.power.IdleGovernor;
import io.tickwise.host.thread.RatesChanged;
import io.tickwise.engine.Port;
import io.tickwise.host.thread.ThreadRate;
import io.tickwise.host.thread.ThreadTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A physical core with its logical processors (hyperthreads, or a module's integer cores). It
 * executes the host threads the hypervisor puts on its run queues: each logical processor runs
 * at the socket's clock, times {@code smtShare} while its sibling is busy too, shared among the
 * threads on its queue (processor sharing in {@code fluid} fidelity; CFS slices preempted at
 * timer ticks in {@code tick} fidelity). Idle, it enters the governor's C-state and pays the
 * state's exit latency to wake. It keeps each thread's on-CPU time and its own energy.
 */
public final class PhysicalCore implements Entity<PhysicalCore.Message> {

    public sealed interface Message permits RunQueue, ClockChanged, Reevaluate, Tick {
    }

    /** The hypervisor's new run queue for one of this core's logical processors. */
    public record RunQueue(int sibling, List<Occupant> occupants, long predictedIdleNs) implements Message {
        public RunQueue {
            occupants = List.copyOf(occupants);
        }
    }

    /** The socket's clock changed. */
    public record ClockChanged(double ghz) implements Message {
    }

    /** A wake-up (C-state exit, or a thread's host wake-up) has completed. */
    public record Reevaluate() implements Message {
    }

    /** Timer interrupt of a busy core in tick fidelity: accounting and preemption. */
    public record Tick(long epoch) implements Message {
    }

    /** What a core is configured with; shared, read-only. */
    public record Config(int index, int threads, double smtShare, CorePower power, IdleGovernor governor,
                         SchedulerConstants scheduler, Fidelity fidelity, ThreadTable threadTable, boolean traced) {
    }

    private final Config config;
    private final List<List<Occupant>> queues = new ArrayList<>();
    private final int[] running;
    private final long[] ranSince;
    private final long[] switchUntil;
    private final long[] cpuNs;
    private final Map<Integer, Double> notifiedRates = new LinkedHashMap<>();
    private final Map<Integer, Long> readyAt = new LinkedHashMap<>();
    private final EnergyMeter meter;
    private EntityRef<Socket.Message> socket;
    private double ghz;
    private int cState;
    private long wakingUntil;
    private long predictedIdleNs = Long.MAX_VALUE;
    private boolean reportedActive;
    private long lastAccounted;
    private long tickEpoch;
    private boolean ticking;

    public PhysicalCore(Config config, double initialGhz) {
        this.config = config;
        for (int t = 0; t < config.threads(); t++) {
            queues.add(List.of());
        }
        this.running = new int[config.threads()];
        this.ranSince = new long[config.threads()];
        this.switchUntil = new long[config.threads()];
        this.cpuNs = new long[config.threadTable().size()];
        this.ghz = initialGhz;
        this.cState = config.governor().choose(Long.MAX_VALUE);
        this.reportedActive = config.governor().state(cState).countsAsActive();
        this.meter = new EnergyMeter(stateName(), config.power().idle(cState), config.traced());
    }

    public void wire(EntityRef<Socket.Message> socket) {
        this.socket = socket;
    }

    /** On-CPU time of every host thread on this core from 0 to {@code end}, by thread id; after the run. */
    public long[] cpuNsUntil(long end) {
        long[] result = cpuNs.clone();
        charge(result, lastAccounted, end);
        return result;
    }

    public EnergyMeter meter() {
        return meter;
    }

    @Override
    public void receive(Message message, Context<Message> context) {
        long now = context.now();
        account(now);
        if (message instanceof RunQueue queue) {
            List<Occupant> before = queues.get(queue.sibling());
            queues.set(queue.sibling(), queue.occupants());
            keepRunningThread(queue.sibling(), before, now);
            predictedIdleNs = queue.predictedIdleNs();
            admit(queue.sibling(), before, context);
        } else if (message instanceof ClockChanged clock) {
            ghz = clock.ghz();
        } else if (message instanceof Tick tick) {
            if (tick.epoch() != tickEpoch) {
                return;
            }
            ticking = false;
            preemptExpiredSlices(context);
        }
        reevaluate(context);
    }

    /**
     * Charges on-CPU time since the last event. Every change of state (wake-up done, a thread
     * ready, a switch over) is an event of its own, so the state was constant since then:
     * fluid shares the processor among its threads, tick gives it to the running one.
     */
    private void account(long now) {
        charge(cpuNs, lastAccounted, now);
        lastAccounted = now;
    }

    private void charge(long[] into, long from, long to) {
        long dt = to - from;
        if (dt <= 0 || cState >= 0 || from < wakingUntil) {
            return;
        }
        for (int t = 0; t < queues.size(); t++) {
            List<Occupant> ready = ready(t, from);
            if (ready.isEmpty()) {
                continue;
            }
            if (config.fidelity() == Fidelity.FLUID) {
                for (Occupant o : ready) {
                    into[o.thread()] += dt / ready.size();
                }
            } else {
                into[ready.get(Math.floorMod(running[t], ready.size())).thread()] += dt;
            }
        }
    }

    /** Threads new on a queue run once the core is awake and their host wake-up is done. */
    private void admit(int sibling, List<Occupant> before, Context<Message> context) {
        long now = context.now();
        long awakeAt = cState >= 0 ? now + config.governor().exitLatencyNs(cState) : Math.max(now, wakingUntil);
        for (Occupant o : queues.get(sibling)) {
            if (before.stream().noneMatch(b -> b.thread() == o.thread())) {
                long ready = awakeAt + o.wakeupNs();
                readyAt.put(o.thread(), ready);
                if (ready > now) {
                    context.sendSelf(new Reevaluate(), ready - now);
                }
            }
        }
        for (Occupant b : before) {
            if (queues.get(sibling).stream().noneMatch(o -> o.thread() == b.thread())) {
                readyAt.remove(b.thread());
            }
        }
    }

    private List<Occupant> ready(int sibling, long at) {
        List<Occupant> queue = queues.get(sibling);
        if (queue.isEmpty() || queue.stream().allMatch(o -> readyAt.getOrDefault(o.thread(), 0L) <= at)) {
            return queue;
        }
        return queue.stream().filter(o -> readyAt.getOrDefault(o.thread(), 0L) <= at).toList();
    }

    /** In tick fidelity the thread that was running keeps the processor when the queue changes around it. */
    private void keepRunningThread(int sibling, List<Occupant> before, long now) {
        if (before.isEmpty()) {
            running[sibling] = 0;
            ranSince[sibling] = now;
            return;
        }
        int thread = before.get(Math.floorMod(running[sibling], before.size())).thread();
        List<Occupant> after = queues.get(sibling);
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).thread() == thread) {
                running[sibling] = i;
                return;
            }
        }
        running[sibling] = 0;
        ranSince[sibling] = now;
    }

    private void preemptExpiredSlices(Context<Message> context) {
        long now = context.now();
        for (int t = 0; t < queues.size(); t++) {
            List<Occupant> ready = ready(t, now);
            if (ready.size() > 1 && now - ranSince[t] >= config.scheduler().sliceNs(ready.size())) {
                running[t] = (Math.floorMod(running[t], ready.size()) + 1) % ready.size();
                ranSince[t] = now;
                switchUntil[t] = now + config.scheduler().contextSwitchNs();
                context.sendSelf(new Reevaluate(), config.scheduler().contextSwitchNs());
            }
        }
    }

    private void reevaluate(Context<Message> context) {
        long now = context.now();
        int busy = busySiblings(now);
        boolean anyQueued = queues.stream().anyMatch(q -> !q.isEmpty());
        if (anyQueued && cState >= 0) {
            long exit = config.governor().exitLatencyNs(cState);
            cState = -1;
            wakingUntil = now + exit;
            if (exit > 0) {
                context.sendSelf(new Reevaluate(), exit);
            }
        } else if (!anyQueued && cState < 0) {
            long idleFor = predictedIdleNs == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, predictedIdleNs - now);
            cState = config.governor().choose(idleFor);
        }
        boolean active = cState < 0 || config.governor().state(cState).countsAsActive();
        if (active != reportedActive) {
            reportedActive = active;
            context.send(socket, new Socket.CoreActivity(config.index(), active), 0);
        }
        meter.set(now, stateName(), cState < 0 ? config.power().busy(ghz, Math.max(1, busy)) : config.power().idle(cState));
        notifyRates(context, busy);
        scheduleTick(context);
    }

    private int busySiblings(long now) {
        int busy = 0;
        for (int t = 0; t < queues.size(); t++) {
            if (!ready(t, now).isEmpty()) {
                busy++;
            }
        }
        return busy;
    }

    /**
     * Tells owners the new rates of the threads on this core. A thread that left is not
     * mentioned: it either went to sleep at its owner's request or migrated, and then its new
     * core speaks for it (a last word from here could arrive after the new core's).
     */
    private void notifyRates(Context<Message> context, int busy) {
        long now = context.now();
        boolean awake = cState < 0 && now >= wakingUntil;
        double perProcessor = ghz * (busy > 1 ? config.smtShare() : 1.0);
        Map<Port<RatesChanged>, List<ThreadRate>> changes = new LinkedHashMap<>();
        Map<Integer, Double> current = new LinkedHashMap<>();
        for (int t = 0; t < queues.size(); t++) {
            List<Occupant> ready = ready(t, now);
            for (int i = 0; i < ready.size(); i++) {
                Occupant o = ready.get(i);
                double rate = 0;
                if (awake && !o.polling()) {
                    if (config.fidelity() == Fidelity.FLUID) {
                        rate = perProcessor / ready.size() * config.scheduler().sharingEfficiency(ready.size());
                    } else if (i == Math.floorMod(running[t], ready.size()) && now >= switchUntil[t]) {
                        rate = perProcessor;
                    }
                }
                current.put(o.thread(), rate);
            }
            for (Occupant o : queues.get(t)) {
                current.putIfAbsent(o.thread(), 0.0);
            }
        }
        for (Map.Entry<Integer, Double> e : current.entrySet()) {
            Double before = notifiedRates.get(e.getKey());
            if (before == null || before.doubleValue() != e.getValue()) {
                changes.computeIfAbsent(owner(e.getKey()), k -> new ArrayList<>()).add(new ThreadRate(e.getKey(), e.getValue()));
            }
        }
        notifiedRates.clear();
        notifiedRates.putAll(current);
        changes.forEach((owner, rates) -> owner.send(context, new RatesChanged(rates), 0));
    }

    private Port<RatesChanged> owner(int thread) {
        return config.threadTable().get(thread).owner();
    }

    /** Tick fidelity: while a queue is shared, a timer tick every 1/HZ decides preemption; switch gaps end on their own. */
    private void scheduleTick(Context<Message> context) {
        if (config.fidelity() != Fidelity.TICK) {
            return;
        }
        long now = context.now();
        boolean shared = false;
        for (int t = 0; t < queues.size(); t++) {
            shared |= ready(t, now).size() > 1;
        }
        if (shared && !ticking) {
            ticking = true;
            long period = config.scheduler().tickNs();
            context.sendSelf(new Tick(++tickEpoch), period - Math.floorMod(now, period));
        } else if (!shared && ticking) {
            ticking = false;
            tickEpoch++;
        }
    }

    private String stateName() {
        return cState < 0 ? "C0" : config.governor().state(cState).name();
    }
}
