package io.tickwise.phold;

import io.tickwise.engine.Simulation;
import io.tickwise.metrics.Metric;
import io.tickwise.sweep.Measurement;
import io.tickwise.sweep.SweepPoint;

import java.util.List;

/** PHOLD as a sweep point, measuring events handled, simulated time reached and the history digest. */
public record PholdPoint(String id, int entities, int population, double meanDelayNs, long lookaheadNs)
        implements SweepPoint {

    public static final List<Metric> METRICS = List.of(
            new Metric("events", "events", 1),
            new Metric("simulatedSeconds", "ns", 1e-9),
            new Metric("digest", "digest (top 31 bits)", 1));

    /** PHOLD points are not alternatives to one another: each draws its own numbers. */
    @Override
    public String randomKey() {
        return id;
    }

    @Override
    public Simulation<Measurement> simulation(int repetition) {
        return new Phold(entities, population, meanDelayNs, lookaheadNs)
                .map(r -> new Measurement(new long[] {r.events(), r.endTimeNs(), r.digest() >>> 33}));
    }
}
