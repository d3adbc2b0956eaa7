package io.tickwise.validation;

import io.tickwise.input.BadInputException;

import java.util.Locale;

/**
 * Which value of a point's repeated runs is compared with the model. Runs calibrated per round
 * are ratios of two measured runs, whose noise is two-sided: the median is robust to it. Runs
 * compared as measured only ever get slower through interference (a neighbour, the machine's own
 * hypervisor giving the CPU to others unreported), so for them the fastest run is the closest to
 * the undisturbed machine the model describes: the minimum is the robust estimator under such
 * one-sided noise (Chen & Revels, "Robust benchmarking in noisy environments", HPEC 2016).
 */
public enum Statistic {
    MEDIAN,
    MIN;

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
