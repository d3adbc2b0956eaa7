package io.tickwise.host.cpu;

import io.tickwise.engine.Context;
import io.tickwise.engine.Entity;
import io.tickwise.engine.EntityRef;
import io.tickwise.host.Fidelity;
import io.tickwise.host.power.CorePower;
import io.tickwise.host.power.EnergyMeter;
import io.tickwise.host.power.IdleGovernor;
import io.tickwise.host.sched.SchedulerConstants;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.host.trace.ProcessorTimeline;
import io.tickwise.host.trace.RunSlice;

import java.util.ArrayList;
import java.util.List;

/**
 * A physical core with its logical processors (hyperthreads, or a module's integer cores). It
 * executes the host threads the hypervisor puts on its run queues: each logical processor runs
 * at the socket's clock times the core's relative speed, times {@code smtShare} while its
 * sibling is busy too, shared among the threads on its queue (processor sharing in
 * {@code fluid} fidelity; CFS slices preempted at timer ticks in {@code tick} fidelity), less
 * what vCPU threads pay for leaving and entering their guests. Idle, it enters the governor's
 * C-state and pays the state's exit latency to wake. It keeps each thread's on-CPU time and its own energy.
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

    /** A wake-up (C-state exit, a thread's host wake-up, a context switch) has completed. */
    public record Reevaluate() implements Message {
    }

    /** It carries nothing, so one serves every core and every instant. */
    private static final Reevaluate REEVALUATE = new Reevaluate();

    /** Timer interrupt of a core with a shared processor in tick fidelity: preemption. */
    public record Tick(long epoch) implements Message {
    }

    /** What a core is configured with; shared, read-only. */
    public record Config(int index, int threads, double smtShare, double speed, CorePower power, IdleGovernor governor,
                         SchedulerConstants scheduler, VcpuCosts vcpu, Fidelity fidelity, ThreadTable threadTable,
                         boolean traced) {
    }

    private final Config config;
    private final LogicalProcessor[] siblings;
    private final CpuTimeLedger cpuTime = new CpuTimeLedger();
    private final RateChanges changes;
    private final EnergyMeter meter;
    /** Who held each logical processor when traced; null otherwise. */
    private final ProcessorTimeline[] timelines;
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
        this.siblings = new LogicalProcessor[config.threads()];
        for (int t = 0; t < siblings.length; t++) {
            siblings[t] = new LogicalProcessor();
        }
        this.changes = new RateChanges(config.threadTable());
        this.ghz = initialGhz;
        this.cState = config.governor().choose(Long.MAX_VALUE);
        this.reportedActive = config.governor().state(cState).countsAsActive();
        this.meter = new EnergyMeter(stateName(), config.power().idle(cState), config.traced());
        this.timelines = config.traced() ? new ProcessorTimeline[config.threads()] : null;
        for (int t = 0; timelines != null && t < timelines.length; t++) {
            timelines[t] = new ProcessorTimeline();
        }
    }

    public void wire(EntityRef<Socket.Message> socket) {
        this.socket = socket;
    }

    /** Adds the on-CPU time of every host thread on this core from 0 to {@code end} into {@code byThread}; after the run. */
    public void addCpuNsUntil(long end, long[] byThread) {
        CpuTimeLedger result = cpuTime.copy();
        charge(result, null, lastAccounted, end);
        result.addTo(byThread);
    }

    /** Who held each of this core's logical processors from 0 to {@code end}, by sibling; none when untraced. After the run. */
    public List<List<RunSlice>> slicesUntil(long end) {
        if (timelines == null) {
            return List.of();
        }
        ProcessorTimeline[] closed = new ProcessorTimeline[timelines.length];
        for (int t = 0; t < closed.length; t++) {
            closed[t] = timelines[t].copy();
        }
        charge(new CpuTimeLedger(), closed, lastAccounted, end);
        List<List<RunSlice>> result = new ArrayList<>();
        for (ProcessorTimeline timeline : closed) {
            result.add(timeline.slicesUntil(end));
        }
        return result;
    }

    public EnergyMeter meter() {
        return meter;
    }

    @Override
    public void receive(Message message, Context<Message> context) {
        long now = context.now();
        charge(cpuTime, timelines, lastAccounted, now);
        lastAccounted = now;
        if (message instanceof RunQueue queue) {
            long awakeAt = cState >= 0 ? now + config.governor().exitLatencyNs(cState) : Math.max(now, wakingUntil);
            // A new thread's readiness comes at or after the core's wake-up: that one event covers both.
            LogicalProcessor lp = siblings[queue.sibling()];
            lp.replace(queue.occupants(), now, awakeAt);
            for (int i = 0; i < lp.readinessCount(); i++) {
                long readyAt = lp.readiness(i);
                if (readyAt > now) {
                    context.sendSelf(REEVALUATE, readyAt - now);
                }
            }
            predictedIdleNs = queue.predictedIdleNs();
        } else if (message instanceof ClockChanged clock) {
            ghz = clock.ghz();
        } else if (message instanceof Tick tick) {
            if (tick.epoch() != tickEpoch) {
                return;
            }
            ticking = false;
            for (LogicalProcessor lp : siblings) {
                long switchNs = lp.preempt(now, config.scheduler(), config.vcpu().switchInNs(effectiveGhz()),
                        config.threadTable());
                if (switchNs >= 0) {
                    context.sendSelf(REEVALUATE, switchNs);
                }
            }
        } else if (!(message instanceof Reevaluate)) {
            throw new IllegalStateException("unhandled message " + message.getClass().getSimpleName());
        }
        reevaluate(context);
    }

    /**
     * Charges on-CPU time for [from, to), and tells {@code record} (null: nothing to tell) who
     * held each processor. Every change of state (wake-up done, a thread ready, a
     * switch over) is an event of its own, so the state was constant over the interval.
     */
    private void charge(CpuTimeLedger into, ProcessorTimeline[] record, long from, long to) {
        long dt = to - from;
        if (dt <= 0) {
            return;
        }
        boolean awake = cState < 0 && from >= wakingUntil;
        for (int t = 0; t < siblings.length; t++) {
            siblings[t].charge(into, record == null ? null : record[t], from, dt, config.fidelity(), awake);
        }
    }

    private void reevaluate(Context<Message> context) {
        long now = context.now();
        boolean queued = false;
        int busy = 0;
        for (LogicalProcessor lp : siblings) {
            queued |= lp.keepsCoreAwake();
            busy += lp.busy(now) ? 1 : 0;
        }
        if (queued && cState >= 0) {
            wakingUntil = now + config.governor().exitLatencyNs(cState);
            cState = -1;
        } else if (!queued && cState < 0) {
            cState = config.governor().choose(predictedIdleNs == Long.MAX_VALUE ? Long.MAX_VALUE
                    : Math.max(0, predictedIdleNs - now));
        }
        boolean active = cState < 0 || config.governor().state(cState).countsAsActive();
        if (active != reportedActive) {
            reportedActive = active;
            context.send(socket, new Socket.CoreActivity(config.index(), active), 0);
        }
        meter.set(now, stateName(), cState < 0 ? config.power().busy(ghz, Math.max(1, busy)) : config.power().idle(cState));
        boolean awake = cState < 0 && now >= wakingUntil;
        double effective = effectiveGhz();
        double perProcessor = effective * (busy > 1 ? config.smtShare() : 1.0);
        for (LogicalProcessor lp : siblings) {
            lp.rates(now, awake, effective, perProcessor, config.fidelity(), config.scheduler(), config.vcpu(),
                    config.threadTable(), changes);
        }
        changes.send(context);
        scheduleTick(context);
    }

    /** The clock at which this core gets work done: the socket's, times the core's speed. */
    private double effectiveGhz() {
        return ghz * config.speed();
    }

    /** Tick fidelity: while a processor is shared, a timer tick every 1/HZ decides preemption. */
    private void scheduleTick(Context<Message> context) {
        if (config.fidelity() != Fidelity.TICK) {
            return;
        }
        long now = context.now();
        boolean shared = false;
        for (LogicalProcessor lp : siblings) {
            shared |= lp.readyCount(now) > 1;
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
