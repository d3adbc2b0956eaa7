package io.tickwise.host.trace;

import io.tickwise.host.cpu.Occupant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which host threads held one logical processor over time, kept by the core that owns the
 * processor (each entity its own recorder, so concurrent executors never share one). It hears
 * the occupants at the start of each interval the core charges and opens a new slice only when
 * they differ from the last, so a long stretch of unchanged sharing stays one slice.
 */
public final class ProcessorTimeline {
    private static final Occupant[] NONE = new Occupant[0];

    private final List<RunSlice> slices;
    private Occupant[] current = NONE;
    private long since;

    public ProcessorTimeline() {
        this.slices = new ArrayList<>();
    }

    private ProcessorTimeline(ProcessorTimeline other) {
        this.slices = new ArrayList<>(other.slices);
        this.current = other.current;
        this.since = other.since;
    }

    /**
     * From {@code at} on, the holders are the queued occupants ready by then — all of them when
     * {@code holder} is −1, else only that index.
     */
    public void observe(long at, Occupant[] occupants, long[] readyAt, int holder) {
        int n = 0;
        boolean same = true;
        for (int i = 0; i < occupants.length; i++) {
            if (readyAt[i] <= at && (holder < 0 || holder == i)) {
                same &= n < current.length && current[n].equals(occupants[i]);
                n++;
            }
        }
        if (same && n == current.length) {
            return;
        }
        close(at);
        Occupant[] next = n == 0 ? NONE : new Occupant[n];
        for (int i = 0, k = 0; i < occupants.length && k < n; i++) {
            if (readyAt[i] <= at && (holder < 0 || holder == i)) {
                next[k++] = occupants[i];
            }
        }
        current = next;
        since = at;
    }

    private void close(long at) {
        if (current.length > 0 && at > since) {
            slices.add(new RunSlice(since, at, Arrays.asList(current)));
        }
    }

    public ProcessorTimeline copy() {
        return new ProcessorTimeline(this);
    }

    /** The slices up to {@code end}, the open one closed there. */
    public List<RunSlice> slicesUntil(long end) {
        ProcessorTimeline closed = copy();
        closed.close(end);
        return List.copyOf(closed.slices);
    }
}
