package io.tickwise.host.cpu;

import io.tickwise.host.Fidelity;
import io.tickwise.host.sched.SchedulerConstants;
import io.tickwise.host.sched.SliceHolder;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.host.trace.ProcessorTimeline;

import java.util.Arrays;
import java.util.List;

/**
 * One hardware thread of a physical core (a hyperthread, or one integer core of a module): its
 * run queue as the hypervisor last set it, when each queued thread is ready to run (after the
 * core's wake-up and the host's wake-up path), the rate each was last reported at, and — in
 * tick fidelity — which thread holds it and since when.
 */
final class LogicalProcessor {
    private static final Occupant[] NONE = new Occupant[0];

    private Occupant[] occupants = NONE;
    /** Per queued thread, at the same index; the arrays may be longer than the queue. */
    private long[] readyAt = new long[0];
    private double[] notified = new double[0];
    /** The arrays of the queue before last, to take the next queue's values without allocating at every change. */
    private long[] spareReadyAt = new long[0];
    private double[] spareNotified = new double[0];
    private int running;
    private final SliceHolder slice = new SliceHolder();
    /** The instants at which the last {@link #replace} made something possible, in queue order. */
    private long[] readiness = new long[2];
    private int readinessCount;

    /** Whether a thread on the queue keeps the core out of its C-states (running or polling). */
    boolean keepsCoreAwake() {
        for (Occupant o : occupants) {
            if (o.busy()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes the hypervisor's new queue. Threads already queued keep their readiness, reported
     * rate and (in tick fidelity) the processor; a new thread is ready {@code wakeupNs} after
     * {@code awakeAt}; a thread that was idle in its guest never left, so it stays ready and
     * only waits for the core's wake-up at {@code awakeAt}. {@link #readiness} then tells each
     * time something becomes possible.
     */
    void replace(List<Occupant> next, long now, long awakeAt) {
        Occupant[] before = occupants;
        long[] readyBefore = readyAt;
        double[] notifiedBefore = notified;
        int runningThread = before.length == 0 ? -1 : before[Math.floorMod(running, before.length)].thread();
        occupants = next.toArray(NONE);
        readyAt = spareReadyAt.length >= occupants.length ? spareReadyAt : new long[occupants.length];
        notified = spareNotified.length >= occupants.length ? spareNotified : new double[occupants.length];
        spareReadyAt = readyBefore;
        spareNotified = notifiedBefore;
        running = 0;
        readinessCount = 0;
        boolean kept = false;
        for (int i = 0; i < occupants.length; i++) {
            int found = indexOf(before, occupants[i].thread());
            if (found >= 0 && before[found].mode() == Occupant.Mode.IDLE_IN_GUEST && occupants[i].busy()) {
                readyAt[i] = readyBefore[found];
                notified[i] = notifiedBefore[found];
                becomesPossible(awakeAt);
            } else if (found >= 0) {
                readyAt[i] = readyBefore[found];
                notified[i] = notifiedBefore[found];
            } else {
                readyAt[i] = awakeAt + occupants[i].wakeupNs();
                notified[i] = Double.NaN;
                becomesPossible(readyAt[i]);
            }
            if (occupants[i].thread() == runningThread) {
                running = i;
                kept = true;
            }
        }
        if (!kept) {
            slice.tookOver(now);
        }
    }

    private void becomesPossible(long at) {
        if (readinessCount == readiness.length) {
            readiness = Arrays.copyOf(readiness, readinessCount * 2);
        }
        readiness[readinessCount++] = at;
    }

    /** How many instants the last {@link #replace} made something possible at. */
    int readinessCount() {
        return readinessCount;
    }

    /** The {@code k}-th of those instants, in queue order. */
    long readiness(int k) {
        return readiness[k];
    }

    private static int indexOf(Occupant[] in, int thread) {
        for (int i = 0; i < in.length; i++) {
            if (in[i].thread() == thread) {
                return i;
            }
        }
        return -1;
    }

    /** Threads ready to take their share of the processor at {@code at}, in any mode. */
    int readyCount(long at) {
        int n = 0;
        for (int i = 0; i < occupants.length; i++) {
            if (readyAt[i] <= at) {
                n++;
            }
        }
        return n;
    }

    /** Whether a ready thread keeps the processor's execution units busy at {@code at}. */
    boolean busy(long at) {
        for (int i = 0; i < occupants.length; i++) {
            if (readyAt[i] <= at && occupants[i].busy()) {
                return true;
            }
        }
        return false;
    }

    /** Index (into the queue) of the ready thread that holds the processor in tick fidelity. */
    private int holder(long at, int ready) {
        int wanted = Math.floorMod(running, ready);
        for (int i = 0, k = 0; i < occupants.length; i++) {
            if (readyAt[i] <= at && k++ == wanted) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Charges [from, from + dt) of on-CPU time to the threads that had the processor. While the
     * core sleeps or wakes, the ready threads are those the host never took off it (idle in
     * their guest): they are charged as running, in equal shares. {@code timeline} (null when
     * untraced) hears who held the processor.
     */
    void charge(CpuTimeLedger into, ProcessorTimeline timeline, long from, long dt, Fidelity fidelity, boolean coreAwake) {
        int ready = readyCount(from);
        boolean shared = fidelity == Fidelity.FLUID || !coreAwake;
        int holder = ready == 0 || shared ? -1 : holder(from, ready);
        if (timeline != null) {
            timeline.observe(from, occupants, readyAt, holder);
        }
        if (ready == 0) {
            return;
        }
        if (shared) {
            long share = dt / ready;
            for (int i = 0; i < occupants.length; i++) {
                if (readyAt[i] <= from) {
                    into.add(occupants[i].thread(), share);
                }
            }
        } else {
            into.add(occupants[holder].thread(), dt);
        }
    }

    /**
     * The rate each queued thread gets now; those that differ from what was last reported go to
     * {@code changes}. A polling or guest-idle thread is not mentioned: its owner idled it and
     * expects no work from it, and when it runs again it is told its rate as against the one it
     * last heard. A vCPU thread loses the host-tick exits of its time on the processor and, when
     * the processor is shared, a VM entry at each switch to it.
     */
    void rates(long now, boolean awake, double ghz, double perProcessor, Fidelity fidelity, SchedulerConstants scheduler,
               VcpuCosts vcpu, ThreadTable threads, RateChanges changes) {
        int ready = readyCount(now);
        int holder = fidelity == Fidelity.TICK && ready > 0 ? holder(now, ready) : -1;
        double exitShare = vcpu.exitShare(ghz);
        long switchIn = vcpu.switchInNs(ghz);
        for (int i = 0; i < occupants.length; i++) {
            if (occupants[i].mode() != Occupant.Mode.RUN) {
                continue;
            }
            boolean guest = threads.get(occupants[i].thread()).vcpu();
            double rate = 0;
            if (awake && readyAt[i] <= now) {
                if (fidelity == Fidelity.FLUID) {
                    rate = guest ? perProcessor / ready * (scheduler.sharingEfficiency(ready, switchIn) - exitShare)
                            : perProcessor / ready * scheduler.sharingEfficiency(ready);
                } else if (i == holder && !slice.switching(now)) {
                    rate = guest ? perProcessor * (1 - exitShare) : perProcessor;
                }
            }
            if (Double.doubleToRawLongBits(rate) != Double.doubleToRawLongBits(notified[i])) {
                notified[i] = rate;
                changes.add(occupants[i].thread(), rate);
            }
        }
    }

    /**
     * Tick fidelity: at a timer tick, the holder whose slice has run out yields; returns how long
     * the switch takes (a vCPU's VM entry on top of the context switch), or −1 if none happened.
     */
    long preempt(long now, SchedulerConstants scheduler, long vcpuSwitchInNs, ThreadTable threads) {
        int ready = readyCount(now);
        if (slice.sliceOver(now, ready, scheduler)) {
            running = (Math.floorMod(running, ready) + 1) % ready;
            long switchNs = scheduler.contextSwitchNs()
                    + (threads.get(occupants[holder(now, ready)].thread()).vcpu() ? vcpuSwitchInNs : 0);
            slice.switched(now, switchNs);
            return switchNs;
        }
        return -1;
    }

    @Override
    public String toString() {
        return Arrays.toString(occupants);
    }
}
