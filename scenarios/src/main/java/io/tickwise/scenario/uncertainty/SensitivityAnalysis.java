package io.tickwise.scenario.uncertainty;

import io.tickwise.results.Sensitivity;
import io.tickwise.results.Sensitivity.Influence;
import io.tickwise.results.Series;
import io.tickwise.uncertainty.RankCorrelation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Spearman's rank correlation of each ranged constant with each metric over the samples. Chosen
 * over standardized regression coefficients because it assumes only a monotone response (power
 * goes as f^2.5, time as 1/f, a collision lasts until a balancing interval ends) and because a
 * regression on more constants than samples (17 constants, 16 samples) has no solution, while
 * a rank correlation is defined one constant at a time for any number of samples. Latin
 * hypercube columns are drawn independently, so with K samples correlations of about 1/√K are
 * chance (0.18 at K = 32).
 */
final class SensitivityAnalysis {
    private static final List<String> METRICS = List.of("timeSeconds", "ticks", "energyJoules");

    private final ParameterSpace space;
    private final double[][] constantValues;
    private final SampleMeans means;

    SensitivityAnalysis(ParameterSpace space, double[][] unitSamples, SampleMeans means) {
        this.space = space;
        this.means = means;
        int constants = space.constants().size();
        constantValues = new double[constants][unitSamples.length];
        for (int k = 0; k < unitSamples.length; k++) {
            double[] values = space.values(unitSamples[k]);
            for (int d = 0; d < constants; d++) {
                constantValues[d][k] = values[d];
            }
        }
    }

    /** Per series, named point and metric, every constant's correlation, strongest first (ties by name). */
    List<Sensitivity> at(Map<Integer, String> namedPoints, List<Series> series) {
        List<Sensitivity> result = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            List<Integer> tasks = series.get(s).points().stream().map(p -> p.tasks()).toList();
            for (Map.Entry<Integer, String> named : namedPoints.entrySet()) {
                int p = tasks.indexOf(named.getKey());
                for (int m = 0; m < METRICS.size(); m++) {
                    result.add(new Sensitivity(series.get(s).system(), named.getKey(), named.getValue(), METRICS.get(m),
                            influences(means.of(s, p, m))));
                }
            }
        }
        return result;
    }

    private List<Influence> influences(double[] metric) {
        List<Influence> influences = new ArrayList<>();
        for (int d = 0; d < constantValues.length; d++) {
            influences.add(new Influence(space.constants().get(d).name(),
                    RankCorrelation.spearman(constantValues[d], metric)));
        }
        influences.sort(Comparator.comparingDouble((Influence i) -> -Math.abs(i.rho())).thenComparing(Influence::name));
        return influences;
    }
}
