package io.tickwise.sweep;

import com.typesafe.config.ConfigFactory;
import io.tickwise.engine.Context;
import io.tickwise.engine.Engine;
import io.tickwise.engine.EntityRef;
import io.tickwise.engine.ModelFailure;
import io.tickwise.engine.RunLimits;
import io.tickwise.engine.RunStats;
import io.tickwise.engine.Simulation;
import io.tickwise.engine.World;
import io.tickwise.metrics.Metric;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever model code throws, and whatever never answers, ends the wait with one clear failure. */
class FailLoudlyTest {
    private static final Duration SECONDS = Duration.ofSeconds(15);
    private static Simulator simulator;

    /**
     * Long enough for a failing run to end on a cold JVM beside other tests on a busy machine (a
     * 1 s limit once cut the actors engine's first run short there), short enough to wait for.
     */
    @BeforeAll
    static void start() {
        simulator = Simulator.start(ConfigFactory.parseString("tickwise.stall-timeout = 4s"));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    /** A point whose entity "faulty" throws at t = 5 ms on its second repetition. */
    record Faulty(String id, Supplier<Throwable> thrown) implements SweepPoint {
        @Override
        public String randomKey() {
            return id;
        }

        @Override
        public Simulation<Measurement> simulation(int repetition) {
            return new Simulation<>() {
                @Override
                public void build(World world) {
                    EntityRef<String> faulty = world.spawn("faulty", (String m, Context<String> c) -> {
                        if (repetition == 1) {
                            sneakyThrow(thrown.get());
                        }
                    });
                    world.schedule(faulty, "go", 5_000_000);
                }

                @Override
                public Measurement result(RunStats stats) {
                    return new Measurement(new long[] {stats.events()});
                }
            };
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    private static SweepPlan plan(Engine engine, SweepPoint point, int repetitions) {
        return new SweepPlan(List.of(new Metric("events", "events", 1)), List.of(point), repetitions, 1, engine,
                RunLimits.NONE, 2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anErrorInAnEntityFailsTheSweepNamingTypeEntityAndTime(Engine engine) {
        ModelFailure failure = assertTimeoutPreemptively(SECONDS, () -> assertThrows(ModelFailure.class,
                () -> simulator.sweepAndWait(plan(engine, new Faulty("p", StackOverflowError::new), 3), SweepListener.NONE)));
        assertEquals("java.lang.StackOverflowError in entity faulty#0 at t=5000000 ns", failure.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anErrorInASingleRunFailsIt(Engine engine) {
        Simulation<Measurement> run = new Faulty("p", () -> new AssertionError("broken invariant")).simulation(1);
        ModelFailure failure = assertTimeoutPreemptively(SECONDS, () -> assertThrows(ModelFailure.class,
                () -> simulator.run(engine, run, 1, RunLimits.NONE)));
        assertEquals("java.lang.AssertionError: broken invariant in entity faulty#0 at t=5000000 ns",
                failure.getMessage());
    }

    @Test
    void aListenerThatThrowsEndsTheSweep() {
        SweepListener broken = new SweepListener() {
            @Override
            public void runFinished(long finishedRuns, long totalRuns) {
                throw new LinkageError();
            }
        };
        SweepCoordinator.SweepFailedException failure = assertTimeoutPreemptively(SECONDS, () -> assertThrows(
                SweepCoordinator.SweepFailedException.class,
                () -> simulator.sweepAndWait(plan(Engine.FUSED, new Faulty("p", LinkageError::new), 1), broken)));
        assertTrue(failure.getMessage().endsWith("failed: java.lang.LinkageError"), failure.getMessage());
    }

    @Test
    void aRunThatNeverAnswersEndsTheWaitAtTheStallLimit() {
        Simulation<Measurement> slow = new Simulation<>() {
            @Override
            public void build(World world) {
                world.schedule(world.spawn("sleeper", (String m, Context<String> c) -> sleep()), "go", 0);
            }

            @Override
            public Measurement result(RunStats stats) {
                return new Measurement(new long[] {stats.events()});
            }
        };
        Stall.StalledException stalled = assertTimeoutPreemptively(SECONDS, () -> assertThrows(
                Stall.StalledException.class, () -> simulator.run(Engine.FUSED, slow, 1, RunLimits.NONE)));
        assertTrue(stalled.getMessage().contains("nothing progressed for 4 s"), stalled.getMessage());
    }

    private static void sleep() {
        try {
            Thread.sleep(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
