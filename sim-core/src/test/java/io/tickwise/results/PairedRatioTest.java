package io.tickwise.results;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PairedRatioTest {

    @Test
    void theIntervalIsStudentTOverTheRatiosPairedByRepetition() {
        // Ratios 1, 2, 3: mean 2, standard deviation 1, t(0.975; 2 df) = 4.302652729911275.
        PairedRatio r = PairedRatio.of(List.of(10.0, 40.0, 3.0), List.of(10.0, 20.0, 1.0)).orElseThrow();
        double half = 4.302652729911275 / Math.sqrt(3);
        assertEquals(2.0, r.ratio(), 1e-12);
        assertEquals(2.0 - half, r.ciLow(), 1e-9);
        assertEquals(2.0 + half, r.ciHigh(), 1e-9);
    }

    @Test
    void pairingIsByRepetitionNotByMean() {
        // The same values in another order: the means are equal, the pairs are not.
        PairedRatio r = PairedRatio.of(List.of(1.0, 2.0), List.of(2.0, 1.0)).orElseThrow();
        assertEquals(1.25, r.ratio(), 1e-12);
    }

    @Test
    void identicalRepetitionsGiveExactlyOneWithAZeroWidthInterval() {
        List<Double> values = List.of(3.1, 2.9, 3.3, 3.0);
        assertEquals(Optional.of(new PairedRatio(1.0, 1.0, 1.0)), PairedRatio.of(values, values));
    }

    @Test
    void oneRepetitionIsItsOwnInterval() {
        assertEquals(Optional.of(new PairedRatio(1.5, 1.5, 1.5)), PairedRatio.of(List.of(3.0), List.of(2.0)));
    }

    @Test
    void aZeroBaselineHasNoRatioAndUnequalSidesAreAnError() {
        assertEquals(Optional.empty(), PairedRatio.of(List.of(1.0, 2.0), List.of(1.0, 0.0)));
        assertThrows(IllegalArgumentException.class, () -> PairedRatio.of(List.of(1.0), List.of(1.0, 2.0)));
    }
}
