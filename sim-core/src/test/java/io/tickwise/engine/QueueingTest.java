package io.tickwise.engine;

import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueueingTest {
    private static ActorTestKit kit;

    @BeforeAll
    static void start() {
        kit = ActorTestKit.create();
    }

    @AfterAll
    static void stop() {
        kit.shutdownTestKit();
    }

    @Test
    void mm1MeanSojournMatchesTheClosedFormWithinItsConfidenceInterval() {
        double lambda = 1.0 / 2_000;   // per ns: one arrival every 2 µs on average
        double mu = 1.0 / 1_000;       // one service per µs: utilisation 0.5
        MM1Queue.Result r = Runs.result(kit, Engine.FUSED,
                new MM1Queue(1 / lambda, 1 / mu, 200_000, 20), 42, RunLimits.NONE);
        double expected = 1 / (mu - lambda);   // W = 1/(mu - lambda) = 2 µs
        double[] means = r.batchMeansNs();
        double grand = Arrays.stream(means).average().orElseThrow();
        double variance = Arrays.stream(means).map(m -> (m - grand) * (m - grand)).sum() / (means.length - 1);
        double halfWidth99 = 2.861 * Math.sqrt(variance / means.length);   // t(0.995, 19 df)
        assertEquals(200_000, r.departures());
        assertTrue(Math.abs(grand - expected) <= halfWidth99,
                "mean sojourn " + grand + " ns, expected " + expected + " ± " + halfWidth99);
        assertTrue(halfWidth99 < 0.05 * expected, "the interval is too wide to mean anything: " + halfWidth99);
    }

    @Test
    void bothEnginesGiveTheSameQueueBitForBit() {
        MM1Queue.Result fused = Runs.result(kit, Engine.FUSED, new MM1Queue(2_000, 1_000, 5_000, 5), 9, RunLimits.NONE);
        MM1Queue.Result actors = Runs.result(kit, Engine.ACTORS, new MM1Queue(2_000, 1_000, 5_000, 5), 9, RunLimits.NONE);
        assertEquals(fused.departures(), actors.departures());
        assertEquals(fused.lastDepartureNs(), actors.lastDepartureNs());
        assertEquals(Double.doubleToRawLongBits(fused.meanSojournNs()), Double.doubleToRawLongBits(actors.meanSojournNs()));
        assertArrayEquals(fused.batchMeansNs(), actors.batchMeansNs());
    }
}
