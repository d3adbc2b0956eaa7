package io.tickwise.sweep;

/** Hears about a sweep's progress as it happens, on the coordinator's thread: keep it quick. */
public interface SweepListener {

    SweepListener NONE = new SweepListener() {
    };

    default void runFinished(long finishedRuns, long totalRuns) {
    }

    default void pointFinished(PointOutcome outcome) {
    }
}
