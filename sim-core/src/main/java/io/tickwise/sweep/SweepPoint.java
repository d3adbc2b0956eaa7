package io.tickwise.sweep;

import io.tickwise.engine.Simulation;

/**
 * One point of a sweep (e.g. one system at one task count), run once per repetition. Its id
 * is stable and unique within the sweep. Its random key, with the sweep's seed and the
 * repetition, determines the run's random streams wherever the run executes.
 */
public interface SweepPoint {

    String id();

    /**
     * What picks the point's random streams: the point's setting without the alternative it
     * measures (e.g. host, task count and options, not the system), so that every alternative
     * at that setting draws the same numbers in repetition r — common random numbers, which
     * let a paired comparison see the alternatives' differences rather than their luck.
     */
    String randomKey();

    /** A fresh simulation for one repetition of this point. */
    Simulation<Measurement> simulation(int repetition);
}
