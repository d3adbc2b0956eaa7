package io.tickwise.uncertainty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatinHypercubeTest {
    private static final List<String> CONSTANTS = List.of("host:a", "host:b", "systems:c");

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 32, 100})
    void everyStratumOfEveryDimensionIsHitExactlyOnce(int samples) {
        double[][] points = LatinHypercube.unitSamples(samples, CONSTANTS, 42);
        assertEquals(samples, points.length);
        for (int d = 0; d < CONSTANTS.size(); d++) {
            int[] hits = new int[samples];
            for (double[] point : points) {
                assertTrue(point[d] >= 0 && point[d] < 1, "in [0, 1): " + point[d]);
                hits[LatinHypercube.stratum(point[d], samples)]++;
            }
            int[] once = new int[samples];
            Arrays.fill(once, 1);
            assertArrayEquals(once, hits, "dimension " + d);
        }
    }

    @Test
    void theSameSeedGivesTheSameSamplesAndAnotherSeedOthers() {
        assertTrue(Arrays.deepEquals(LatinHypercube.unitSamples(16, CONSTANTS, 7), LatinHypercube.unitSamples(16, CONSTANTS, 7)));
        assertFalse(Arrays.deepEquals(LatinHypercube.unitSamples(16, CONSTANTS, 7), LatinHypercube.unitSamples(16, CONSTANTS, 8)));
    }

    @Test
    void aDimensionsDrawsDoNotDependOnTheOtherDimensions() {
        double[][] three = LatinHypercube.unitSamples(16, CONSTANTS, 7);
        double[][] one = LatinHypercube.unitSamples(16, List.of("systems:c"), 7);
        for (int k = 0; k < 16; k++) {
            assertEquals(one[k][0], three[k][2]);
        }
    }

    @Test
    void dimensionsAreShuffledIndependently() {
        double[][] points = LatinHypercube.unitSamples(32, CONSTANTS, 1);
        int same = 0;
        for (double[] p : points) {
            same += LatinHypercube.stratum(p[0], 32) == LatinHypercube.stratum(p[1], 32) ? 1 : 0;
        }
        assertTrue(same < 32, "two dimensions in the same stratum order would be perfectly correlated");
    }
}
