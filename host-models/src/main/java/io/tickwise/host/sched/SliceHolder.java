package io.tickwise.host.sched;

/**
 * Tick fidelity's time slicing on one CPU: since when its current holder has run, and until
 * when the context switch to it lasts (no entity progresses meanwhile). The holder keeps the
 * CPU until a timer tick finds its slice over.
 */
public final class SliceHolder {
    private long ranSince;
    private long switchUntil;

    /** Whether, with {@code runnable} entities queued, the holder's slice is over at a tick at {@code now}. */
    public boolean sliceOver(long now, int runnable, SchedulerConstants scheduler) {
        return runnable > 1 && now - ranSince >= scheduler.sliceNs(runnable);
    }

    /** A new holder took the CPU at {@code now} without a switch being charged yet. */
    public void tookOver(long now) {
        ranSince = now;
    }

    /** A new holder took the CPU at {@code now} through a switch of {@code switchNs}. */
    public void switched(long now, long switchNs) {
        ranSince = now;
        switchUntil = now + switchNs;
    }

    /** Whether the switch to the holder is still going on at {@code now}. */
    public boolean switching(long now) {
        return now < switchUntil;
    }
}
