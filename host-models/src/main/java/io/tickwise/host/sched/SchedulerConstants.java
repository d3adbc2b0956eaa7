package io.tickwise.host.sched;

import io.tickwise.host.spec.SchedulerSpec;

/**
 * CFS time slicing on one logical processor: with k runnable threads the period is
 * max(latency, k · min_granularity) and each thread's slice a k-th of it, ended at the first
 * timer tick after it expires (preemption is checked in the tick); every switch spends a
 * context switch (and, to a vCPU thread, its VM entry) of the incoming thread's slice, during
 * which no thread progresses.
 */
public record SchedulerConstants(long tickNs, long latencyNs, long minGranularityNs, long contextSwitchNs) {

    public static SchedulerConstants of(SchedulerSpec spec) {
        return new SchedulerConstants(Math.round(1e9 / spec.hz().value()), Math.round(spec.latencyMs().value() * 1e6),
                Math.round(spec.minGranularityMs().value() * 1e6), Math.round(spec.contextSwitchUs().value() * 1e3));
    }

    /** The time a thread keeps the processor, rounded up to whole ticks. */
    public long sliceNs(int runnable) {
        long period = Math.max(latencyNs, runnable * minGranularityNs);
        long slice = period / runnable;
        return Math.max(1, (slice + tickNs - 1) / tickNs) * tickNs;
    }

    /** The share of a shared processor's time that goes to the threads rather than to switching. */
    public double sharingEfficiency(int runnable) {
        return sharingEfficiency(runnable, 0);
    }

    /** The same for a thread whose every switch-in costs {@code extraSwitchNs} on top (a vCPU's VM entry). */
    public double sharingEfficiency(int runnable, long extraSwitchNs) {
        if (runnable <= 1) {
            return 1.0;
        }
        return 1.0 - (double) (contextSwitchNs + extraSwitchNs) / sliceNs(runnable);
    }
}
