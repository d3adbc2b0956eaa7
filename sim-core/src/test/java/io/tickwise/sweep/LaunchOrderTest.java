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
    void startsEveryRunOnceOneRepetitionOfEachPointFirstThenTheRestPointByPoint() {
        int[][] shapes = {{1, 1}, {1, 5}, {2, 3}, {3, 1}, {6, 2}, {864, 30}, {100, 7}, {97, 2}};
        for (int[] shape : shapes) {
            int points = shape[0];
            int repetitions = shape[1];
            String name = points + "x" + repetitions;
            LaunchOrder order = new LaunchOrder(points, repetitions);
            BitSet started = new BitSet();
            long previous = -1;
            for (long k = 0; k < (long) points * repetitions; k++) {
                long run = order.run(k);
                assertTrue(run >= 0 && run < (long) points * repetitions, "run " + run + " of " + name);
                assertFalse(started.get((int) run), "run " + run + " started twice, " + name);
                started.set((int) run);
                if (k < points) {
                    assertEquals(0, run % repetitions, "the first pass starts repetition 0, " + name);
                } else if ((k - points) % (repetitions - 1) > 0) {
                    assertEquals(previous + 1, run, "a point's other repetitions together and in order, " + name);
                } else {
                    assertEquals(1, run % repetitions, "a point's other repetitions start at 1, " + name);
                }
                previous = run;
            }
            assertEquals(points * repetitions, started.cardinality(), name);
        }
    }

    /**
     * The paper's grid, system by system and 1..144 tasks in plan order: its first dozen points
     * started span all six systems and the quarters of the task range.
     */
    @Test
    void theFirstPointsStartedSpanTheSystemsAndTaskCounts() {
        int systems = 6;
        int taskCounts = 144;
        int repetitions = 30;
        LaunchOrder order = new LaunchOrder(systems * taskCounts, repetitions);
        Set<Integer> systemsSeen = new HashSet<>();
        Set<Integer> quartersSeen = new HashSet<>();
        for (int p = 0; p < 12; p++) {
            int point = (int) (order.run(p) / repetitions);
            systemsSeen.add(point / taskCounts);
            quartersSeen.add(point % taskCounts / (taskCounts / 4));
        }
        assertEquals(systems, systemsSeen.size(), "systems among the first points");
        assertEquals(4, quartersSeen.size(), "quarters of the task range among the first points");
    }
}
