package io.tickwise.metrics;

import io.tickwise.results.Summary;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistributionTest {

    /** What a histogram that grows value by value reports, as a distribution once kept one. */
    private static long growingHistogramPercentile(long[] values, double percentile) {
        Histogram histogram = new Histogram(3);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (long v : values) {
            histogram.recordValue(v);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return Math.max(min, Math.min(max, histogram.getValueAtPercentile(percentile)));
    }

    @Test
    void percentilesAreThoseOfAnHdrHistogramOfTheValuesAtEveryMagnitude() {
        SplittableRandom random = new SplittableRandom(7);
        for (long magnitude : new long[]{1, 10, 2_000, 1_000_000, 20_000_000_000L, Long.MAX_VALUE / 128}) {
            for (int n : new int[]{1, 2, 3, 30, 101}) {
                long[] values = random.longs(n, 0, magnitude + 1).toArray();
                Distribution distribution = Distribution.of(values);
                for (double p : new double[]{0, 5, 25, 50, 95, 99.9, 100}) {
                    assertEquals(growingHistogramPercentile(values, p), distribution.percentile(p),
                            "p" + p + " of " + n + " values up to " + magnitude);
                }
            }
        }
    }

    @Test
    void summaryScalesExactMomentsAndHistogramPercentiles() {
        long[] values = {3_000_000_000L, 1_000_000_000L, 2_000_000_000L, 4_000_000_000L};
        Distribution distribution = Distribution.of(values);
        Summary summary = distribution.summary(new Metric("ticks", "ticks", 0.5));
        assertEquals(4, distribution.count());
        assertEquals(1.25e9, summary.mean());
        assertEquals(0.5e9, summary.min());
        assertEquals(2e9, summary.max());
        assertEquals(distribution.percentile(50) * 0.5, summary.p50());
        assertEquals(distribution.percentile(5) * 0.5, summary.p5());
        assertEquals(distribution.percentile(95) * 0.5, summary.p95());
        assertEquals(List.of(1.5e9, 0.5e9, 1e9, 2e9), summary.samples());
    }

    /**
     * A sweep holds every point's distributions until its report is written: 2,000 of them with
     * ten-digit values would hold some 400 MiB if each kept a histogram of its values.
     */
    @Test
    void distributionsHeldTogetherKeepTheirValuesNotAHistogramEach() {
        SplittableRandom random = new SplittableRandom(11);
        long before = usedAfterGc();
        Distribution[] held = new Distribution[2_000];
        for (int i = 0; i < held.length; i++) {
            held[i] = Distribution.of(random.longs(30, 1_000_000_000L, 20_000_000_000L).toArray());
        }
        long grown = usedAfterGc() - before;
        assertEquals(30, held[held.length - 1].count());
        assertTrue(grown < 64L << 20, "2,000 distributions hold " + (grown >> 20) + " MiB");
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void refusesNoValuesAndNegativeValues() {
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(new long[0]));
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(new long[]{5, -1}));
    }
}
