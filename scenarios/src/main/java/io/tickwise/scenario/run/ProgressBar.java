package io.tickwise.scenario.run;

import io.tickwise.sweep.SweepListener;

import java.io.PrintWriter;
import java.util.Locale;

/** Runs done out of runs in total on one terminal line, redrawn at most ten times a second. */
public final class ProgressBar implements SweepListener {
    private static final int WIDTH = 30;
    private static final long REDRAW_NS = 100_000_000L;

    private final PrintWriter out;
    private final long start = System.nanoTime();
    private long lastDrawn;

    public ProgressBar(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void runFinished(long finished, long total) {
        long now = System.nanoTime();
        if (finished < total && now - lastDrawn < REDRAW_NS) {
            return;
        }
        lastDrawn = now;
        int filled = (int) (WIDTH * finished / Math.max(1, total));
        double seconds = (now - start) / 1e9;
        out.printf(Locale.ROOT, "\r[%s%s] %d/%d runs, %.1f s", "#".repeat(filled), ".".repeat(WIDTH - filled), finished,
                total, seconds);
        if (finished == total) {
            out.print("\r" + " ".repeat(WIDTH + 40) + "\r");
        }
        out.flush();
    }
}
