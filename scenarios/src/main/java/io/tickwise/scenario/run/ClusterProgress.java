package io.tickwise.scenario.run;

import io.tickwise.cluster.ClusterSweepListener;
import io.tickwise.sweep.PointOutcome;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The coordinator's terminal: points done out of the total, workers, points per second (of
 * this session's points since the first worker joined, not counting the ones resumed from the
 * journal or the wait for workers), and a line for every worker
 * that joins, is lost or is refused. On a terminal the progress line is redrawn in place;
 * elsewhere (a log) it is printed at every tenth of the way.
 */
public final class ClusterProgress implements ClusterSweepListener {
    private static final long REDRAW_NS = 200_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private final long totalPoints;
    private final Set<String> workerNodes = new LinkedHashSet<>();
    private long start;
    private boolean resuming = true;
    private long points;
    private long pointsAtStart;
    private int workers;
    private long lastDrawn;
    private long lastTenth = -1;
    private boolean lineDrawn;

    public ClusterProgress(PrintWriter out, boolean terminal, long totalPoints) {
        this.out = out;
        this.terminal = terminal;
        this.totalPoints = totalPoints;
    }

    /** The workers that took part, for the results' provenance. */
    public List<String> workerNodes() {
        return new ArrayList<>(workerNodes);
    }

    @Override
    public void resumed(long runs, long totalRuns) {
        resuming = false;
        pointsAtStart = points;
        if (runs > 0) {
            line(String.format(Locale.ROOT, "resumed %d of %d runs (%d of %d points) from the journal", runs, totalRuns,
                    points, totalPoints));
        }
    }

    @Override
    public void pointFinished(PointOutcome outcome) {
        points++;
        if (!resuming) {
            draw();
        }
    }

    @Override
    public void workerJoined(String worker, int threads, int workers) {
        if (workerNodes.isEmpty()) {
            start = System.nanoTime();
            pointsAtStart = points;
        }
        workerNodes.add(worker);
        this.workers = workers;
        line("worker " + worker + " joined with " + threads + " threads (" + workers + " workers)");
    }

    @Override
    public void workerLost(String worker, String why, int workers) {
        this.workers = workers;
        line("worker " + worker + " " + why + "; its runs go to the others (" + workers + " workers)");
    }

    @Override
    public void workerReturned(String worker, int workers) {
        this.workers = workers;
        line("worker " + worker + " reachable again (" + workers + " workers)");
    }

    @Override
    public void workerRefused(String worker, String reason) {
        line("worker " + worker + " refused: " + reason);
    }

    @Override
    public void connectionRefused(String reason) {
        line("refused the connection of " + reason + "; the sweep goes on without it");
    }

    private void line(String text) {
        if (lineDrawn) {
            out.print("\r\033[K");
            lineDrawn = false;
        }
        out.println(text);
        out.flush();
    }

    private void draw() {
        long now = System.nanoTime();
        double seconds = (now - start) / 1e9;
        String text = String.format(Locale.ROOT, "%d/%d points, %d workers, %.1f points/s", points, totalPoints, workers,
                (points - pointsAtStart) / Math.max(seconds, 1e-3));
        if (terminal) {
            if (points == totalPoints || now - lastDrawn >= REDRAW_NS) {
                lastDrawn = now;
                out.print("\r\033[K" + text);
                lineDrawn = true;
                if (points == totalPoints) {
                    out.println();
                    lineDrawn = false;
                }
                out.flush();
            }
        } else {
            long tenth = points * 10 / Math.max(1, totalPoints);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.println(text);
                out.flush();
            }
        }
    }
}
