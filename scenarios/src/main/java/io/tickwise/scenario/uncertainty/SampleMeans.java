package io.tickwise.scenario.uncertainty;

import io.tickwise.results.PointResult;
import io.tickwise.results.Series;

import java.util.List;

/** Each sample's mean of each metric (time, ticks, energy) at each point of each series, in the nominal series' order. */
final class SampleMeans {
    private static final int METRICS = 3;

    private final double[][][][] means;

    SampleMeans(List<Series> nominal, int samples) {
        means = new double[nominal.size()][][][];
        for (int s = 0; s < nominal.size(); s++) {
            means[s] = new double[nominal.get(s).points().size()][METRICS][samples];
        }
    }

    /** Sample {@code k}'s series, which have the nominal run's series and points in the same order. */
    void record(int k, List<Series> series) {
        for (int s = 0; s < means.length; s++) {
            List<PointResult> points = series.get(s).points();
            for (int p = 0; p < means[s].length; p++) {
                means[s][p][0][k] = points.get(p).timeSeconds().mean();
                means[s][p][1][k] = points.get(p).ticks().mean();
                means[s][p][2][k] = points.get(p).energyJoules().mean();
            }
        }
    }

    /** The samples' means of metric {@code metric} (0 time, 1 ticks, 2 energy) at point {@code point} of series {@code series}. */
    double[] of(int series, int point, int metric) {
        return means[series][point][metric];
    }
}
