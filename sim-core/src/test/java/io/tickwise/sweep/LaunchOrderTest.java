package io.tickwise.sweep;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchOrderTest {

    @Test
    void startsEveryRunOnceWithAPointsRepetitionsTogether() {
        int[][] shapes = {{1, 1}, {1, 5}, {2, 3}, {3, 1}, {6, 2}, {864, 30}, {100, 7}, {97, 2}};
        for (int[] shape : shapes) {
            int points = shape[0];
            int repetitions = shape[1];
            LaunchOrder order = new LaunchOrder(points, repetitions);
            BitSet started = new BitSet();
            for (long k = 0; k < (long) points * repetitions; k++) {
                long run = order.run(k);
                assertTrue(run >= 0 && run < (long) points * repetitions, "run " + run + " of " + points + "x" + repetitions);
                assertFalse(started.get((int) run), "run " + run + " started twice, " + points + "x" + repetitions);
                started.set((int) run);
                assertEquals(k % repetitions, run % repetitions, "repetitions of a point in order");
                assertEquals(order.run(k - k % repetitions) / repetitions, run / repetitions, "a point's repetitions together");
            }
            assertEquals(points * repetitions, started.cardinality());
        }
    }

    /** The paper's grid, system by system and 1..144 tasks in plan order: its first dozen points span all six systems and the task counts. */
    @Test
    void theFirstPointsStartedSpanTheSystemsAndTaskCounts() {
        int systems = 6;
        int taskCounts = 144;
        int repetitions = 30;
        LaunchOrder order = new LaunchOrder(systems * taskCounts, repetitions);
        Set<Integer> systemsSeen = new HashSet<>();
        Set<Integer> quartersSeen = new HashSet<>();
        for (int p = 0; p < 12; p++) {
            int point = (int) (order.run((long) p * repetitions) / repetitions);
            systemsSeen.add(point / taskCounts);
            quartersSeen.add(point % taskCounts / (taskCounts / 4));
        }
        assertEquals(systems, systemsSeen.size(), "systems among the first points");
        assertEquals(4, quartersSeen.size(), "quarters of the task range among the first points");
    }
}
