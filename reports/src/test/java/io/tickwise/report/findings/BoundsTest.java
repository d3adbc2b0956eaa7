package io.tickwise.report.findings;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundsTest {

    @Test
    void inclusiveEndsAdmitTheirValueAndStrictOnesDoNot() {
        Bounds range = new Bounds(1.3, 1.7, null, null);
        assertTrue(range.admits(1.3));
        assertTrue(range.admits(1.7));
        assertFalse(range.admits(1.71));
        Bounds faster = new Bounds(null, null, null, 1.0);
        assertTrue(faster.admits(0.999));
        assertFalse(faster.admits(1.0));
        assertEquals("≥ ×1.30 and ≤ ×1.70", range.toString());
    }
}
