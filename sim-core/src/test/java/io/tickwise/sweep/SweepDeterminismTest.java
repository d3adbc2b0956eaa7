package io.tickwise.sweep;

import io.tickwise.engine.Engine;
import io.tickwise.engine.RunLimits;
import io.tickwise.metrics.Distribution;
import io.tickwise.phold.PholdPoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepDeterminismTest {
    private static Simulator simulator;

    @BeforeAll
    static void start() {
        simulator = Simulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static final List<PholdPoint> POINTS = List.of(
            new PholdPoint("small", 20, 2, 1_000_000, 100_000),
            new PholdPoint("medium", 200, 1, 1_000_000, 100_000),
            new PholdPoint("no-lookahead", 50, 1, 1_000_000, 0));

    private static String outcome(Engine engine, int parallelism, long seed) {
        SweepPlan plan = new SweepPlan(PholdPoint.METRICS, POINTS, 4, seed, engine, RunLimits.events(20_000), parallelism);
        return render(simulator.sweepAndWait(plan, SweepListener.NONE));
    }

    /** Everything a point carries, byte for byte, including the encoded histograms. */
    private static String render(List<PointOutcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        for (PointOutcome o : outcomes) {
            sb.append(o.index()).append(' ').append(o.pointId());
            for (Distribution d : o.metrics()) {
                sb.append(" [").append(d.summary(PholdPoint.METRICS.get(0))).append(' ').append(d.sum())
                        .append(' ').append(java.util.HexFormat.of().formatHex(d.encode().array())).append(']');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void phold_isByteIdenticalAcrossRepeatsEnginesAndParallelism() {
        String reference = outcome(Engine.FUSED, 1, 11);
        assertEquals(reference, outcome(Engine.FUSED, 1, 11));
        assertEquals(reference, outcome(Engine.FUSED, 2, 11));
        assertEquals(reference, outcome(Engine.ACTORS, 1, 11));
        assertEquals(reference, outcome(Engine.ACTORS, 3, 11));
        assertNotEquals(reference, outcome(Engine.FUSED, 1, 12), "another seed gives another history");
    }

    @Test
    void pointsStreamAsTheyFinishAndComeBackInPlanOrder() {
        List<String> streamed = Collections.synchronizedList(new ArrayList<>());
        List<Long> progress = Collections.synchronizedList(new ArrayList<>());
        SweepPlan plan = new SweepPlan(PholdPoint.METRICS, POINTS, 3, 5, Engine.FUSED, RunLimits.events(1_000), 2);
        List<PointOutcome> outcomes = simulator.sweepAndWait(plan, new SweepListener() {
            @Override
            public void runFinished(long finishedRuns, long totalRuns) {
                progress.add(finishedRuns);
                assertEquals(9, totalRuns);
            }

            @Override
            public void pointFinished(PointOutcome outcome) {
                streamed.add(outcome.pointId());
            }
        });
        assertEquals(List.of("small", "medium", "no-lookahead"), outcomes.stream().map(PointOutcome::pointId).toList());
        assertEquals(3, streamed.size());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), progress);
        for (PointOutcome o : outcomes) {
            assertEquals(3, o.metrics().get(0).count());
            assertEquals(1_000, o.metrics().get(0).min(), "every run stops at the event limit");
            assertTrue(o.metrics().get(1).max() > 0);
        }
    }

    @Test
    void aFailingRunFailsTheSweepWithItsCause() {
        SweepPoint broken = new SweepPoint() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String randomKey() {
                return id();
            }

            @Override
            public io.tickwise.engine.Simulation<Measurement> simulation(int repetition) {
                throw new IllegalStateException("model cannot be built");
            }
        };
        SweepPlan plan = new SweepPlan(PholdPoint.METRICS, List.of(broken), 1, 5, Engine.FUSED, RunLimits.NONE, 1);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> simulator.sweepAndWait(plan, SweepListener.NONE));
        assertEquals("model cannot be built", e.getMessage());
    }

    /** A point that notes which repetition of it the coordinator asked for, in the order it asked. */
    private record Noted(PholdPoint point, List<String> asked) implements SweepPoint {
        @Override
        public String id() {
            return point.id();
        }

        @Override
        public String randomKey() {
            return point.randomKey();
        }

        @Override
        public io.tickwise.engine.Simulation<Measurement> simulation(int repetition) {
            asked.add(point.id() + "/" + repetition);
            return point.simulation(repetition);
        }
    }

    @Test
    void aSweepStartsItsRunsInLaunchOrder() {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        List<Noted> points = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            points.add(new Noted(new PholdPoint("p" + i, 10, 1, 1_000_000, 100_000), asked));
        }
        SweepPlan plan = new SweepPlan(PholdPoint.METRICS, points, 3, 5, Engine.FUSED, RunLimits.events(500), 2);
        simulator.sweepAndWait(plan, SweepListener.NONE);
        LaunchOrder order = LaunchOrder.of(plan);
        List<String> expected = new ArrayList<>();
        for (long k = 0; k < plan.runs(); k++) {
            long run = order.run(k);
            expected.add(points.get(plan.pointOf(run)).id() + "/" + plan.repetitionOf(run));
        }
        assertEquals(expected, asked);
        assertNotEquals(List.of("p0/0", "p0/1", "p0/2"), asked.subList(0, 3), "not plan order");
    }
}
