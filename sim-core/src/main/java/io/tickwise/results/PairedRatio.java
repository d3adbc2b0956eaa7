package io.tickwise.results;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A system against another, repetition by repetition: the mean of the paired ratios and its
 * 95 % confidence interval, Student t over those ratios (with one repetition, the interval is
 * the point). The pairs share their random streams, so the interval is about what the systems
 * do differently, not about their luck.
 */
public record PairedRatio(double ratio, double ciLow, double ciHigh) {

    private static final double CONFIDENCE = 0.95;

    /**
     * The t quantile by degrees of freedom, computed once each: a report pairs thousands of
     * points with the same number of repetitions, and each quantile is a root search over the
     * incomplete beta function.
     */
    private static final Map<Integer, Double> T_QUANTILES = new ConcurrentHashMap<>();

    /**
     * The ratio of {@code system} to {@code baseline}, paired by index; empty when a baseline
     * value is zero and the ratio has no meaning.
     */
    public static Optional<PairedRatio> of(List<Double> system, List<Double> baseline) {
        int n = system.size();
        if (n == 0 || baseline.size() != n) {
            throw new IllegalArgumentException("pairing needs as many values on each side, at least one: got "
                    + n + " and " + baseline.size());
        }
        double[] ratios = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (baseline.get(i) == 0) {
                return Optional.empty();
            }
            ratios[i] = system.get(i) / baseline.get(i);
            sum += ratios[i];
        }
        double mean = sum / n;
        if (n == 1) {
            return Optional.of(new PairedRatio(mean, mean, mean));
        }
        double squares = 0;
        for (double r : ratios) {
            squares += (r - mean) * (r - mean);
        }
        double t = T_QUANTILES.computeIfAbsent(n - 1,
                df -> new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2));
        double half = t * Math.sqrt(squares / (n - 1) / n);
        return Optional.of(new PairedRatio(mean, mean - half, mean + half));
    }

    /** The whole interval lies below {@code value}. */
    public boolean below(double value) {
        return ciHigh < value;
    }

    /** The whole interval lies above {@code value}. */
    public boolean above(double value) {
        return ciLow > value;
    }
}
