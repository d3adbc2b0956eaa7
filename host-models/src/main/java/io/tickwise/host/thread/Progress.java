package io.tickwise.host.thread;

/**
 * An owner's view of the work left on one of its host threads: cycles consumed at the
 * piecewise-constant rate the host last reported. {@link #epoch()} changes whenever the
 * predicted finish does, so a completion message scheduled for an older prediction can be
 * recognised as stale.
 */
public final class Progress {
    /** Less than half a cycle left is rounding, not work. */
    private static final double DONE_BELOW_CYCLES = 0.5;

    private double remainingCycles;
    private double cyclesPerNs;
    private long since;
    private long epoch;

    /** New work of {@code cycles} from {@code now}, at the rate last reported. */
    public void assign(long now, double cycles) {
        advance(now);
        remainingCycles = cycles;
        epoch++;
    }

    public void rate(long now, double newCyclesPerNs) {
        advance(now);
        if (newCyclesPerNs != cyclesPerNs) {
            cyclesPerNs = newCyclesPerNs;
            epoch++;
        }
    }

    private void advance(long now) {
        if (now > since) {
            remainingCycles = Math.max(0, remainingCycles - cyclesPerNs * (now - since));
            since = now;
        }
    }

    public double remainingCycles(long now) {
        advance(now);
        return remainingCycles;
    }

    public double cyclesPerNs() {
        return cyclesPerNs;
    }

    /** Delay from {@code now} until the work is done at the current rate; {@code Long.MAX_VALUE} if it makes no progress. */
    public long finishesIn(long now) {
        advance(now);
        if (remainingCycles < DONE_BELOW_CYCLES) {
            return 0;
        }
        if (cyclesPerNs <= 0) {
            return Long.MAX_VALUE;
        }
        return (long) Math.ceil(remainingCycles / cyclesPerNs);
    }

    public long epoch() {
        return epoch;
    }
}
