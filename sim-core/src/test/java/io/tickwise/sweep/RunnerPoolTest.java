package io.tickwise.sweep;

import io.tickwise.engine.Context;
import io.tickwise.engine.Engine;
import io.tickwise.engine.EntityRef;
import io.tickwise.engine.RunActor;
import io.tickwise.engine.RunLimits;
import io.tickwise.engine.RunStats;
import io.tickwise.engine.Simulation;
import io.tickwise.engine.World;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunnerPoolTest {
    private static final ActorTestKit KIT = ActorTestKit.create();
    /** Generous: the actors engine's first run on a cold JVM beside other tests on a busy machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @AfterAll
    static void stop() {
        KIT.shutdownTestKit();
    }

    /** A run whose one entity answers at t = {@code tag} ns; its result is the end time. */
    private static Simulation<Long> answeringAt(long tag) {
        return new Simulation<>() {
            @Override
            public void build(World world) {
                EntityRef<String> echo = world.spawn("echo", (String m, Context<String> c) -> {
                });
                world.schedule(echo, "ping", tag);
            }

            @Override
            public Long result(RunStats stats) {
                return stats.endTimeNs();
            }
        };
    }

    /** Runs the pool inside an actor, as its owners do, and hands the test what it saw. */
    private static <T> T insideAnActor(BiFunction<RunnerPool, TestProbe<RunActor.Reply<Long>>, T> test)
            throws Exception {
        TestProbe<RunActor.Reply<Long>> replies = KIT.createTestProbe();
        CompletableFuture<T> seen = new CompletableFuture<>();
        Behavior<Void> owner = Behaviors.setup(context -> {
            try {
                seen.complete(test.apply(new RunnerPool(context, 2), replies));
            } catch (Throwable e) {
                seen.completeExceptionally(e);
            }
            return Behaviors.empty();
        });
        KIT.spawn(owner);
        return seen.get(2 * PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void eachRunTakesAnIdleRunnerUntilItsReplyComesBack() throws Exception {
        Set<Long> answered = insideAnActor((pool, replies) -> {
            assertTrue(pool.hasIdle());
            pool.start(Engine.FUSED, answeringAt(7), 1, RunLimits.NONE, 7, replies.ref());
            pool.start(Engine.ACTORS, answeringAt(9), 1, RunLimits.NONE, 9, replies.ref());
            assertFalse(pool.hasIdle());
            assertEquals(2, pool.running());
            assertTrue(pool.isRunning(7) && pool.isRunning(9));
            assertThrows(IllegalStateException.class,
                    () -> pool.start(Engine.FUSED, answeringAt(5), 1, RunLimits.NONE, 5, replies.ref()));
            Set<Long> ends = new HashSet<>();
            for (int i = 0; i < 2; i++) {
                RunActor.Completed<Long> done = (RunActor.Completed<Long>) replies.receiveMessage(PATIENCE);
                assertEquals(done.tag(), done.result(), "the run tagged " + done.tag() + " is the one that ended then");
                pool.finished(done.tag());
                ends.add(done.result());
            }
            assertEquals(0, pool.running());
            assertTrue(pool.hasIdle());
            return ends;
        });
        assertEquals(Set.of(7L, 9L), answered);
    }

    @Test
    void aTagAlreadyInFlightIsRefused() throws Exception {
        String refused = insideAnActor((pool, replies) -> {
            pool.start(Engine.FUSED, answeringAt(3), 1, RunLimits.NONE, 3, replies.ref());
            return assertThrows(IllegalStateException.class,
                    () -> pool.start(Engine.FUSED, answeringAt(3), 1, RunLimits.NONE, 3, replies.ref())).getMessage();
        });
        assertTrue(refused.contains("run 3 is already in flight"), refused);
    }
}
