package io.tickwise.results;

import java.util.List;

/**
 * What an uncertainty run drew and what it found: {@code samples} parameter samples by Latin
 * hypercube over the ranged constants, each run with {@code repetitionsPerSample} repetitions
 * (the same seeds as the nominal run), and per paper finding how many samples it held in.
 */
public record UncertaintyStudy(int samples, int repetitionsPerSample, List<RangedConstant> constants,
                               List<FindingShare> findings) {
    public UncertaintyStudy {
        constants = List.copyOf(constants);
        findings = List.copyOf(findings);
    }

    /** A constant that was sampled: {@code host:…} or {@code systems:…} and its field path, nominal value, range. */
    public record RangedConstant(String name, double value, double low, double high) {
    }

    /** In how many of the samples a finding held, was within noise, did not hold, or could not be evaluated. */
    public record FindingShare(String id, int held, int withinNoise, int notHeld, int notEvaluated, int samples) {

        /** The share of samples in which the finding held, in percent. */
        public double heldPercent() {
            return samples == 0 ? 0 : 100.0 * held / samples;
        }
    }
}
