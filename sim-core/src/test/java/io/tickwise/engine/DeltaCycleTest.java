package io.tickwise.engine;

import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Zero-delay messages within one instant: the order an entity sees them in must not depend on
 * the executor. A fan-out of zero-delay messages from several senders, some relayed once more,
 * all landing on one recorder.
 */
class DeltaCycleTest {
    private static ActorTestKit kit;

    @BeforeAll
    static void start() {
        kit = ActorTestKit.create();
    }

    @AfterAll
    static void stop() {
        kit.shutdownTestKit();
    }

    static final class FanIn implements Simulation<List<String>> {
        final List<String> seen = new ArrayList<>();

        @Override
        public void build(World world) {
            EntityRef<String> recorder = world.spawn("recorder", (String m, Context<String> c) ->
                    seen.add(c.now() + ":" + m));
            List<EntityRef<String>> relays = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int me = i;
                relays.add(world.spawn("relay-" + i, (String m, Context<String> c) -> {
                    c.send(recorder, m + ">r" + me, 0);
                    if (m.length() < 6 && me % 2 == 0) {
                        c.send(relays.get((me + 1) % relays.size()), m + "+", 0);
                    }
                    if (c.random().nextInt(3) == 0) {
                        c.send(recorder, m + "~r" + me, 1 + c.random().nextInt(2));
                    }
                }));
            }
            for (int i = 4; i >= 0; i--) {
                world.schedule(relays.get(i), "s" + i, 10);
                world.schedule(recorder, "direct" + i, 10);
            }
        }

        @Override
        public List<String> result(RunStats stats) {
            return seen;
        }
    }

    @Test
    void zeroDelayMessagesArriveInTheSameOrderOnBothEngines() {
        List<String> fused = Runs.result(kit, Engine.FUSED, new FanIn(), 3, RunLimits.NONE);
        List<String> actors = Runs.result(kit, Engine.ACTORS, new FanIn(), 3, RunLimits.NONE);
        assertEquals(fused, actors);
        assertEquals("10:direct4", fused.get(0), "messages from outside come in scheduling order");
    }
}
