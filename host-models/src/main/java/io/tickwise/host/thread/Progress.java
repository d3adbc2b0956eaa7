package io.tickwise.host.thread;

/**
 * An owner's view of the work left on one of its host threads: cycles consumed at the
 * piecewise-constant rate the host last reported. The owner asks for a completion check when
 * the rate changes; a check already on its way that comes no later than the new prediction is
 * kept instead of sending another (it re-checks when it arrives), so slow-downs cost no events.
 */
public final class Progress {
    /** Less than half a cycle left is rounding, not work. */
    private static final double DONE_BELOW_CYCLES = 0.5;
    private static final long NONE = Long.MIN_VALUE;

    private double remainingCycles;
    private double cyclesPerNs;
    private long since;
    private boolean working;
    private long checkAt = NONE;

    /** New work of {@code cycles} from {@code now}, at the rate last reported. */
    public void assign(long now, double cycles) {
        advance(now);
        remainingCycles = cycles;
        working = true;
    }

    /** No work (the thread waits, spins or sleeps): checks that arrive find nothing done. */
    public void stop(long now) {
        advance(now);
        working = false;
    }

    public void rate(long now, double newCyclesPerNs) {
        advance(now);
        cyclesPerNs = newCyclesPerNs;
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

    /**
     * The delay after which the owner should check for completion, or −1 when no check is
     * needed: no work, no progress, or a check on its way arrives no later than the work ends.
     */
    public long checkIn(long now) {
        advance(now);
        if (!working) {
            return -1;
        }
        long in;
        if (remainingCycles < DONE_BELOW_CYCLES) {
            in = 0;
        } else if (cyclesPerNs <= 0) {
            return -1;
        } else {
            in = (long) Math.ceil(remainingCycles / cyclesPerNs);
        }
        long at = now + in;
        if (checkAt != NONE && checkAt >= now && checkAt <= at) {
            return -1;
        }
        checkAt = at;
        return in;
    }

    /** A check arrived: true, once, if the work is done (the thread then has no work until assigned more). */
    public boolean completes(long now) {
        advance(now);
        if (checkAt != NONE && checkAt <= now) {
            checkAt = NONE;
        }
        if (working && remainingCycles < DONE_BELOW_CYCLES) {
            working = false;
            return true;
        }
        return false;
    }
}
