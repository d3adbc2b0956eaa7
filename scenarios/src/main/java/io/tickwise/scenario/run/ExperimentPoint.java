package io.tickwise.scenario.run;

import io.tickwise.engine.Simulation;
import io.tickwise.kernel.experiment.Experiment;
import io.tickwise.kernel.experiment.ExperimentSetup;
import io.tickwise.metrics.Metric;
import io.tickwise.sweep.Measurement;
import io.tickwise.sweep.SweepPoint;

import java.util.List;

/**
 * One system at one task count (and one combination of swept options), as a sweep point; its
 * random key names the setting without the system, so the systems compared there share streams.
 */
public record ExperimentPoint(String id, String randomKey, String series, ExperimentSetup setup) implements SweepPoint {

    /** Time in ns, host ticks, energy in µJ: whole numbers, so histograms stay exact. */
    public static final List<Metric> METRICS = List.of(
            new Metric("timeSeconds", "ns", 1e-9),
            new Metric("ticks", "ticks", 1),
            new Metric("energyJoules", "µJ", 1e-6));

    @Override
    public Simulation<Measurement> simulation(int repetition) {
        return new Experiment(setup).map(r -> new Measurement(new long[] {r.timeNs(), r.ticks(),
                Math.round(r.energyJoules() * 1e6)}));
    }
}
