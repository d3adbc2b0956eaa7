package io.tickwise.validation;

import io.tickwise.input.BadInputException;

import java.util.Locale;

/**
 * Which value of a point's repeated runs is compared with the model. Interference on a shared
 * machine only ever slows a run down (a neighbour, the machine's own hypervisor giving the CPU
 * to others unreported), so the fastest run is the closest to the undisturbed machine the model
 * describes; the minimum is the robust estimator under such one-sided noise (Chen & Revels,
 * "Robust benchmarking in noisy environments", HPEC 2016). The median is there for machines whose
 * noise is not one-sided.
 */
public enum Statistic {
    MIN,
    MEDIAN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Statistic parse(String text) {
        for (Statistic s : values()) {
            if (s.id().equals(text)) {
                return s;
            }
        }
        throw BadInputException.option("--statistic", "must be min or median, was '" + text + "'");
    }

    double of(double[] values) {
        return this == MIN ? Stats.min(values) : Stats.median(values);
    }
}
