package io.tickwise.uncertainty;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuantilesTest {

    @Test
    void interpolatesBetweenOrderStatistics() {
        double[] values = {4, 1, 3, 2, 5};
        assertEquals(3.0, Quantiles.percentile(values, 50));
        assertEquals(1.2, Quantiles.percentile(values, 5), 1e-12);
        assertEquals(4.8, Quantiles.percentile(values, 95), 1e-12);
        assertEquals(4.0, values[0], "the input is left as it was");
    }

    @Test
    void equalValuesGiveExactlyThatValue() {
        double v = 0.1 + 0.2;
        double[] values = {v, v, v, v};
        assertEquals(v, Quantiles.percentile(values, 5));
        assertEquals(v, Quantiles.percentile(values, 95));
    }
}
