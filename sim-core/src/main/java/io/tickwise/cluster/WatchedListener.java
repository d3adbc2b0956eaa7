package io.tickwise.cluster;

import io.tickwise.sweep.PointOutcome;
import io.tickwise.sweep.Stall;

/** Passes a cluster sweep's events on and counts each as progress for the coordinator's wait. */
public final class WatchedListener implements ClusterSweepListener {
    private final ClusterSweepListener listener;
    private final Stall stall;

    public WatchedListener(ClusterSweepListener listener, Stall stall) {
        this.listener = listener;
        this.stall = stall;
    }

    @Override
    public void runFinished(long finishedRuns, long totalRuns) {
        stall.progressed();
        listener.runFinished(finishedRuns, totalRuns);
    }

    @Override
    public void pointFinished(PointOutcome outcome) {
        listener.pointFinished(outcome);
    }

    @Override
    public void resumed(long runs, long totalRuns) {
        stall.progressed();
        listener.resumed(runs, totalRuns);
    }

    @Override
    public void workerJoined(String worker, int threads, int workers) {
        stall.progressed();
        listener.workerJoined(worker, threads, workers);
    }

    @Override
    public void workerLost(String worker, String why, int workers) {
        stall.progressed();
        listener.workerLost(worker, why, workers);
    }

    @Override
    public void workerReturned(String worker, int workers) {
        stall.progressed();
        listener.workerReturned(worker, workers);
    }

    @Override
    public void connectionRefused(String reason) {
        listener.connectionRefused(reason);
    }

    @Override
    public void workerRefused(String worker, String reason) {
        stall.progressed();
        listener.workerRefused(worker, reason);
    }
}
