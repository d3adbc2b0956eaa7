package io.tickwise.image.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The C loop's divisions, counted the slow way it does them. */
    private static long divisionsByTrial(long bound) {
        long divisions = 0;
        for (long n = 2; n < bound; n++) {
            for (long i = 2; i < n; i++) {
                divisions++;
                if (n % i == 0) {
                    break;
                }
            }
        }
        return divisions;
    }

    @Test
    void countsTheTrialDivisionsOfTheCLoop() {
        for (long bound : new long[] {0, 2, 3, 4, 10, 97, 1000, 5000}) {
            assertEquals(divisionsByTrial(bound), PrimeTask.divisionsBelow(bound), "bound " + bound);
        }
    }

    @Test
    void findsTheSmallestBoundWithAtLeastSoManyDivisions() {
        for (long bound : new long[] {4, 10, 1000, 123_457}) {
            long divisions = PrimeTask.divisionsBelow(bound);
            long found = PrimeTask.boundForDivisions(divisions);
            assertTrue(PrimeTask.divisionsBelow(found) >= divisions);
            assertTrue(PrimeTask.divisionsBelow(found - 1) < divisions, "bound " + bound + " found " + found);
        }
        assertEquals(0, PrimeTask.boundForDivisions(0));
        assertThrows(IllegalArgumentException.class, () -> PrimeTask.boundForDivisions(Long.MAX_VALUE));
    }
}
