package io.tickwise.host.sched;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchedDomainTest {

    @Test
    void aPullNeedsAGapOfTwoAndTheImbalancePercentage() {
        SchedDomain numa = new SchedDomain("machine", 125, 2);
        assertFalse(numa.worthPulling(2, 1), "moving one of two to one only swaps them");
        assertTrue(numa.worthPulling(2, 0));
        assertTrue(numa.worthPulling(9, 7), "900 > 875");
        assertFalse(numa.worthPulling(10, 8), "1000 is not above 125 x 8");
        assertTrue(new SchedDomain("socket", 117, 1).worthPulling(10, 8));
    }

    @Test
    void activeBalanceComesAfterCacheNiceTriesPlusTwoFailuresThenEveryOtherOne() {
        BalanceFailures failures = new BalanceFailures(new SchedDomain("socket", 117, 1));
        assertFalse(failures.activeBalanceDue());
        assertFalse(failures.activeBalanceDue());
        assertFalse(failures.activeBalanceDue());
        assertTrue(failures.activeBalanceDue(), "4 > 1 + 2");
        assertFalse(failures.activeBalanceDue(), "restarted from cache_nice_tries + 1");
        assertTrue(failures.activeBalanceDue());
        failures.settled();
        assertFalse(failures.activeBalanceDue());
    }

    @Test
    void impossibleConstantsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SchedDomain("smt", 90, 0));
        assertThrows(IllegalArgumentException.class, () -> new SchedDomain("smt", 110, -1));
    }

    @Test
    void loadsFindTheBusiestTheIdlestAndALeastLoadedCpu() {
        RunQueueLoads loads = RunQueueLoads.of(List.of(List.of(1, 2), List.of(), List.of(3, 4), List.of(5)));
        assertEquals(0, loads.busiest());
        assertEquals(1, loads.idlest());
        assertEquals(1, loads.leastLoaded(new SplittableRandom(1)));
        LoadHistogram histogram = new LoadHistogram(4);
        histogram.moved(0, 2);
        histogram.moved(0, 1);
        assertEquals(2, histogram.maxLoad());
        assertEquals(0, histogram.minLoad());
        assertTrue(histogram.imbalancedFor(new SchedDomain("guest", 125, 1)));
        histogram.moved(2, 1);
        assertFalse(histogram.imbalancedFor(new SchedDomain("guest", 125, 1)));
    }
}
