package io.tickwise.engine;

import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PingPongTest {
    private static ActorTestKit kit;

    @BeforeAll
    static void start() {
        kit = ActorTestKit.create();
    }

    @AfterAll
    static void stop() {
        kit.shutdownTestKit();
    }

    sealed interface Ball permits Serve {
    }

    record Serve(int hits) implements Ball {
    }

    /** Two players returning a ball with a fixed flight time: the end time is exact. */
    static final class Rally implements Simulation<Rally.End> {
        record End(long lastHit, RunStats stats) {
        }

        final int hits;
        final long flightNs;
        long lastHit;

        Rally(int hits, long flightNs) {
            this.hits = hits;
            this.flightNs = flightNs;
        }

        @Override
        public void build(World world) {
            List<EntityRef<Ball>> players = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int me = i;
                players.add(world.spawn("player-" + i, (Ball ball, Context<Ball> context) -> {
                    Serve serve = (Serve) ball;
                    lastHit = context.now();
                    if (serve.hits() < hits) {
                        context.send(players.get(1 - me), new Serve(serve.hits() + 1), flightNs);
                    }
                }));
            }
            world.schedule(players.get(0), new Serve(1), 0);
        }

        @Override
        public long lookaheadNs() {
            return flightNs;
        }

        @Override
        public End result(RunStats stats) {
            return new End(lastHit, stats);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rallyEndsAtExactlyHitsMinusOneFlights(Engine engine) {
        Rally.End end = Runs.result(kit, engine, new Rally(1001, 2_500), 1, RunLimits.NONE);
        assertEquals(1000L * 2_500, end.lastHit());
        assertEquals(new RunStats(1001, 1000L * 2_500, RunStats.Ending.QUIESCENT), end.stats());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void eventLimitStopsAtExactlyThatManyEvents(Engine engine) {
        Rally.End end = Runs.result(kit, engine, new Rally(1001, 2_500), 1, RunLimits.events(10));
        assertEquals(new RunStats(10, 9L * 2_500, RunStats.Ending.EVENT_LIMIT), end.stats());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void timeLimitHandlesNothingLater(Engine engine) {
        Rally.End end = Runs.result(kit, engine, new Rally(1001, 2_500), 1, RunLimits.until(10_000));
        assertEquals(new RunStats(5, 10_000, RunStats.Ending.TIME_LIMIT), end.stats());
    }
}
