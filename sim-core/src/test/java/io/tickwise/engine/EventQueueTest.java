package io.tickwise.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventQueueTest {
    private static final Comparator<Event> KEY = Comparator.<Event>comparingLong(e -> e.time)
            .thenComparingInt(e -> e.delta).thenComparingInt(e -> e.sender).thenComparingLong(e -> e.sequence);

    /**
     * Events of few distinct times (so ties on time are the rule and the rest of the key decides),
     * added and taken in random interleavings as a run does — never earlier than the last taken —
     * come out in key order.
     */
    @Test
    void pollsInKeyOrderThroughTiesAndGrowth() {
        SplittableRandom random = new SplittableRandom(42);
        EventQueue queue = new EventQueue();
        List<Event> pending = new ArrayList<>();
        long now = 0;
        long[] sequences = new long[5];
        int taken = 0;
        for (int step = 0; step < 20_000; step++) {
            if (pending.isEmpty() || random.nextInt(3) > 0) {
                // Senders from Event.OUTSIDE (−1) up: a negative sender must sort first.
                int sender = random.nextInt(sequences.length) + Event.OUTSIDE;
                long time = now + random.nextInt(4);
                Event event = new Event(time, time == now ? random.nextInt(3) : 0, sender,
                        sequences[sender - Event.OUTSIDE]++, 0, null);
                queue.add(event);
                pending.add(event);
            } else {
                pending.sort(KEY);
                Event expected = pending.remove(0);
                assertSame(expected, queue.peek());
                assertSame(expected, queue.poll());
                now = expected.time;
                taken++;
            }
        }
        pending.sort(KEY);
        for (Event expected : pending) {
            assertSame(expected, queue.poll());
        }
        assertTrue(queue.isEmpty());
        assertTrue(taken > 1_000, "the interleaving took " + taken);
        assertEquals(null, queue.peek());
    }
}
