package io.tickwise.host.thread;

import io.tickwise.engine.Context;
import io.tickwise.engine.EntityRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Run this many cycles, tell me when it is done": one check per predicted end, re-predicted only when it must be. */
class ExecutionsTest {

    /** The checks the service asked for: which thread, and when they arrive. */
    private static final class Owner implements Context<String> {
        long now;
        final List<String> checks = new ArrayList<>();

        @Override
        public long now() {
            return now;
        }

        @Override
        public EntityRef<String> self() {
            return null;
        }

        @Override
        public <T> void send(EntityRef<T> to, T message, long delayNs) {
            checks.add(message + "@" + (now + delayNs));
        }

        @Override
        public SplittableRandom random() {
            throw new UnsupportedOperationException("the service draws no randomness");
        }

        @Override
        public void stopRun() {
            throw new UnsupportedOperationException("the service never ends a run");
        }
    }

    @Test
    void aSlowDownCostsNoCheckUntilThePredictedEndAndTheWorkEndsOnce() {
        Owner owner = new Owner();
        Executions<String> work = new Executions<>(2, i -> "check-" + i);
        work.rate(1, 3.6, owner);
        work.run(1, 3600, owner);
        assertEquals(List.of("check-1@1000"), owner.checks);
        owner.now = 500;
        work.rate(1, 1.8, owner);
        assertEquals(1, owner.checks.size(), "the check on its way comes before the new end");
        owner.now = 1000;
        assertFalse(work.done(1, owner));
        assertEquals("check-1@1500", owner.checks.get(1), "900 cycles left at 1.8 per ns");
        owner.now = 1500;
        assertTrue(work.done(1, owner));
        assertFalse(work.done(1, owner), "done once");
        assertEquals(2, owner.checks.size());
    }

    @Test
    void aSpeedUpPredictsAnEarlierEnd() {
        Owner owner = new Owner();
        Executions<String> work = new Executions<>(1, i -> "check");
        work.rate(0, 1.0, owner);
        work.run(0, 1000, owner);
        owner.now = 200;
        work.rate(0, 4.0, owner);
        assertEquals(List.of("check@1000", "check@400"), owner.checks);
        owner.now = 400;
        assertTrue(work.done(0, owner));
    }

    @Test
    void workGivenWithoutARateWaitsForIt() {
        Owner owner = new Owner();
        Executions<String> work = new Executions<>(1, i -> "check");
        work.give(0, 1000, 0);
        assertEquals(List.of(), owner.checks);
        work.rate(0, 2.0, owner);
        assertEquals(List.of("check@500"), owner.checks);
        owner.now = 100;
        work.hold(0, owner.now);
        assertEquals(800, work.remainingCycles(0, 300), 1e-9, "no progress while held");
        work.stop(0, 300);
        owner.now = 500;
        assertFalse(work.done(0, owner), "stopped work never completes");
    }
}
