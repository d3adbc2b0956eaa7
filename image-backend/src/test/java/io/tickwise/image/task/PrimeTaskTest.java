package io.tickwise.image.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrimeTaskTest {

    @Test
    void countsPrimesStrictlyBelowTheBound() {
        assertEquals(0, PrimeTask.countPrimesBelow(0));
        assertEquals(0, PrimeTask.countPrimesBelow(2));
        assertEquals(1, PrimeTask.countPrimesBelow(3));
        assertEquals(4, PrimeTask.countPrimesBelow(10));
        assertEquals(4, PrimeTask.countPrimesBelow(11));
        assertEquals(5, PrimeTask.countPrimesBelow(12));
        assertEquals(25, PrimeTask.countPrimesBelow(100));
        assertEquals(168, PrimeTask.countPrimesBelow(1000));
        assertEquals(1229, PrimeTask.countPrimesBelow(10_000));
        assertEquals(78_498, PrimeTask.countPrimesBelow(1_000_000));
    }

    @Test
    void rejectsBoundsTheThirtyTwoBitTaskCannotTake() {
        assertThrows(IllegalArgumentException.class, () -> PrimeTask.countPrimesBelow(-1));
        assertThrows(IllegalArgumentException.class, () -> PrimeTask.countPrimesBelow(PrimeTask.MAX_BOUND + 1));
    }
}
