package io.tickwise.report.findings;

import io.tickwise.results.PairedRatio;
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

    @Test
    void anIntervalHoldsInsideTheBoundsFailsOutsideAndIsWithinNoiseAcrossOne() {
        Bounds faster = new Bounds(null, null, null, 1.0);
        assertEquals(Verdict.HELD, faster.judge(new PairedRatio(0.98, 0.97, 0.99)));
        assertEquals(Verdict.NOT_HELD, faster.judge(new PairedRatio(1.02, 1.0, 1.03)));
        assertEquals(Verdict.WITHIN_NOISE, faster.judge(new PairedRatio(0.995, 0.98, 1.01)));
        Bounds similar = new Bounds(0.95, 1.05, null, null);
        assertEquals(Verdict.HELD, similar.judge(new PairedRatio(1.0, 0.98, 1.02)));
        assertEquals(Verdict.WITHIN_NOISE, similar.judge(new PairedRatio(1.05, 1.04, 1.06)));
        assertEquals(Verdict.NOT_HELD, similar.judge(new PairedRatio(0.9, 0.89, 0.91)));
    }
}
