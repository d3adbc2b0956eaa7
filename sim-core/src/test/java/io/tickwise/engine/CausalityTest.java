package io.tickwise.engine;

import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CausalityTest {
    private static ActorTestKit kit;

    @BeforeAll
    static void start() {
        kit = ActorTestKit.create();
    }

    @AfterAll
    static void stop() {
        kit.shutdownTestKit();
    }

    /** One entity that, at t = 1 ms, sends a message with the given delay. */
    record OneSend(long delayNs, long lookaheadNs) implements Simulation<String> {
        @Override
        public void build(World world) {
            EntityRef<String> clock = world.spawn("clock", (String m, Context<String> c) -> {
                if (m.equals("tick")) {
                    c.sendSelf("tock", delayNs);
                }
            });
            world.schedule(clock, "tick", 1_000_000);
        }

        @Override
        public String result(RunStats stats) {
            return "done";
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aMessageIntoThePastFailsTheRunWithAClearError(Engine engine) {
        RunActor.Reply<String> reply = Runs.reply(kit, engine, new OneSend(-5, 0), 1, RunLimits.NONE);
        RunActor.Failed<?> failed = assertInstanceOf(RunActor.Failed.class, reply);
        assertInstanceOf(CausalityException.class, failed.cause());
        assertEquals("clock#0 at t=1000000 ns sent tock to clock#0 with delay -5 ns, into the past",
                failed.cause().getMessage());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aMessageInsideTheLookaheadFailsTheRun(Engine engine) {
        RunActor.Reply<String> reply = Runs.reply(kit, engine, new OneSend(10, 100), 1, RunLimits.NONE);
        RunActor.Failed<?> failed = assertInstanceOf(RunActor.Failed.class, reply);
        assertTrue(failed.cause().getMessage().contains("below the declared lookahead of 100 ns"),
                failed.cause().getMessage());
    }

    @Test
    void anInitialMessageAtNegativeTimeIsRejected() {
        Simulation<String> early = new Simulation<>() {
            @Override
            public void build(World world) {
                world.schedule(world.spawn("x", (String m, Context<String> c) -> { }), "m", -1);
            }

            @Override
            public String result(RunStats stats) {
                return "";
            }
        };
        RunActor.Reply<String> reply = Runs.reply(kit, Engine.FUSED, early, 1, RunLimits.NONE);
        assertInstanceOf(CausalityException.class, assertInstanceOf(RunActor.Failed.class, reply).cause());
        assertThrows(CausalityException.class, () -> Runs.result(kit, Engine.ACTORS, early, 1, RunLimits.NONE));
    }
}
