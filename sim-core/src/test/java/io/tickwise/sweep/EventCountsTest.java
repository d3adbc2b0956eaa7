package io.tickwise.sweep;

import io.tickwise.engine.Engine;
import io.tickwise.engine.RunLimits;
import io.tickwise.phold.PholdPoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventCountsTest {
    private static Simulator simulator;

    @BeforeAll
    static void start() {
        simulator = Simulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    /** PHOLD measures its own events handled (metric 0): the counted sweep must find the same runs' sum. */
    @Test
    void countsTheEventsOfTheSameRuns() {
        List<PholdPoint> points = List.of(new PholdPoint("a", 20, 2, 1_000_000, 0),
                new PholdPoint("b", 60, 1, 1_000_000, 0));
        SweepPlan plan = new SweepPlan(PholdPoint.METRICS, points, 3, 5, Engine.FUSED, RunLimits.events(7_919), 2);
        long own = simulator.sweepAndWait(plan, SweepListener.NONE).stream()
                .mapToLong(o -> o.metrics().get(0).sum()).sum();

        SweepPlan counted = EventCounts.of(plan);

        assertEquals(EventCounts.METRICS, counted.metrics());
        assertEquals(plan.runs(), counted.runs());
        assertEquals(own, EventCounts.total(simulator.sweepAndWait(counted, SweepListener.NONE)));
        assertEquals(6 * 7_919, own);
    }
}
