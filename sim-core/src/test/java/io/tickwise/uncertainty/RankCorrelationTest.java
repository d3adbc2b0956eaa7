package io.tickwise.uncertainty;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RankCorrelationTest {

    @Test
    void aMonotoneButCurvedResponseHasRhoOne() {
        double[] x = {0.1, 0.5, 0.2, 0.9, 0.4};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.pow(x[i], 2.5) + 3;
        }
        assertEquals(1.0, RankCorrelation.spearman(x, y), 1e-12);
        for (int i = 0; i < x.length; i++) {
            y[i] = 1 / x[i];
        }
        assertEquals(-1.0, RankCorrelation.spearman(x, y), 1e-12);
    }

    @Test
    void aMetricThatNeverMovesHasRhoZero() {
        assertEquals(0.0, RankCorrelation.spearman(new double[] {1, 2, 3}, new double[] {5, 5, 5}));
    }

    @Test
    void tiesShareTheirMeanRank() {
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, RankCorrelation.ranks(new double[] {1, 7, 7, 9}));
    }

    @Test
    void aKnownValue() {
        // d = rank differences (0, 0, -1, 1, 0): rho = 1 - 6 * 2 / (5 * 24) = 0.9
        assertEquals(0.9, RankCorrelation.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {10, 20, 40, 30, 50}), 1e-12);
    }
}
