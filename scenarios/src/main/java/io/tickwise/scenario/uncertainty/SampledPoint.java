package io.tickwise.scenario.uncertainty;

import io.tickwise.engine.Simulation;
import io.tickwise.sweep.Measurement;
import io.tickwise.sweep.SweepPoint;

/**
 * A point of the scenario under parameter sample {@code sample}. It keeps the nominal point's
 * random key, so its repetitions draw the nominal run's numbers: samples differ by their
 * constants only, not by placement luck.
 */
record SampledPoint(int sample, SweepPoint point) implements SweepPoint {

    @Override
    public String id() {
        return "sample " + sample + "/" + point.id();
    }

    @Override
    public String randomKey() {
        return point.randomKey();
    }

    @Override
    public Simulation<Measurement> simulation(int repetition) {
        return point.simulation(repetition);
    }
}
