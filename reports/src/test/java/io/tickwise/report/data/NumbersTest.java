package io.tickwise.report.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {

    @Test
    void valuesKeepThreeSignificantDigitsWithoutExponents() {
        assertEquals("1.00", Numbers.value(1.0));
        assertEquals("4.10", Numbers.value(4.1));
        assertEquals("22.0", Numbers.value(22));
        assertEquals("122000", Numbers.value(121_650));
        assertEquals("0.00123", Numbers.value(0.0012345));
        assertEquals("-2.50", Numbers.value(-2.5));
        assertEquals("0", Numbers.value(0));
    }

    @Test
    void ratiosAndChangesReadAsFactorsAndPercentages() {
        assertEquals("×1.52", Numbers.ratio(1.5199));
        assertEquals("+52.0 %", Numbers.change(1.52));
        assertEquals("-5.0 %", Numbers.change(0.95));
        assertEquals("80.0 %", Numbers.percent(0.8));
    }
}
