package io.tickwise.cluster;

import io.tickwise.sweep.SweepListener;

/** Hears, besides a sweep's progress, how its cluster changes; on the coordinator's thread. */
public interface ClusterSweepListener extends SweepListener {

    /** Runs found finished in the journal at the start: they are not run again. */
    default void resumed(long runs, long totalRuns) {
    }

    default void workerJoined(String worker, int threads, int workers) {
    }

    /** A worker became unreachable or left the cluster; its outstanding runs go to others. */
    default void workerLost(String worker, String why, int workers) {
    }

    default void workerReturned(String worker, int workers) {
    }

    default void workerRefused(String worker, String reason) {
    }

    /** A node could not connect to this one: {@code reason} says what it was, e.g. one of another TLS identity. */
    default void connectionRefused(String reason) {
    }
}
