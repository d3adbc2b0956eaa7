package io.tickwise.phold;

import io.tickwise.engine.RunStats;
import io.tickwise.engine.Simulation;
import io.tickwise.engine.World;
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

    @Override
    public Simulation<Measurement> simulation(int repetition) {
        Phold phold = new Phold(entities, population, meanDelayNs, lookaheadNs);
        return new Simulation<>() {
            @Override
            public void build(World world) {
                phold.build(world);
            }

            @Override
            public long lookaheadNs() {
                return phold.lookaheadNs();
            }

            @Override
            public Measurement result(RunStats stats) {
                Phold.Result r = phold.result(stats);
                return new Measurement(new long[] {r.events(), r.endTimeNs(), r.digest() >>> 33});
            }
        };
    }
}
