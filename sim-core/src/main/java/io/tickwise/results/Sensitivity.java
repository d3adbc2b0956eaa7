package io.tickwise.results;

import java.util.List;

/**
 * Which ranged constants move one metric of one series at one named point ({@code 1 task},
 * {@code cores}, {@code logical}, {@code most}): Spearman's rank correlation between each
 * constant's sampled values and the metric over the samples, strongest first.
 */
public record Sensitivity(String system, int tasks, String point, String metric, List<Influence> constants) {
    public Sensitivity {
        constants = List.copyOf(constants);
    }

    /** One constant's rank correlation with the metric. */
    public record Influence(String name, double rho) {
    }
}
