package io.tickwise.sweep;

import io.tickwise.engine.Simulation;

/**
 * One point of a sweep (e.g. one system at one task count), run once per repetition. Its id
 * is stable and unique within the sweep: together with the sweep's seed and the repetition it
 * determines the run's random stream, wherever the run executes.
 */
public interface SweepPoint {

    String id();

    /** A fresh simulation for one repetition of this point. */
    Simulation<Measurement> simulation(int repetition);
}
