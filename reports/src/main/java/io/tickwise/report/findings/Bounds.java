package io.tickwise.report.findings;

import io.tickwise.report.data.Numbers;
import io.tickwise.results.PairedRatio;

import java.util.ArrayList;
import java.util.List;

/**
 * The accepted range of a ratio. Inclusive ({@code atLeast}, {@code atMost}) or strict
 * ({@code above}, {@code below}) ends, so "faster" can be written as {@code below: 1.0}.
 */
public record Bounds(Double atLeast, Double atMost, Double above, Double below) {

    public Bounds {
        if (atLeast == null && atMost == null && above == null && below == null) {
            throw new IllegalArgumentException("bounds need at least one of atLeast, atMost, above, below");
        }
    }

    public boolean admits(double ratio) {
        return (atLeast == null || ratio >= atLeast)
                && (atMost == null || ratio <= atMost)
                && (above == null || ratio > above)
                && (below == null || ratio < below);
    }

    /**
     * A paired ratio's 95 % interval against the bounds: held when the whole interval is within
     * them, not held when the whole interval is outside one of them, and within noise when it
     * straddles a bound — the results cannot tell which side the ratio is on.
     */
    public Verdict judge(PairedRatio ratio) {
        if (admits(ratio.ciLow()) && admits(ratio.ciHigh())) {
            return Verdict.HELD;
        }
        boolean outside = (atLeast != null && ratio.ciHigh() < atLeast)
                || (atMost != null && ratio.ciLow() > atMost)
                || (above != null && ratio.ciHigh() <= above)
                || (below != null && ratio.ciLow() >= below);
        return outside ? Verdict.NOT_HELD : Verdict.WITHIN_NOISE;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (atLeast != null) {
            parts.add("≥ " + Numbers.ratio(atLeast));
        }
        if (above != null) {
            parts.add("> " + Numbers.ratio(above));
        }
        if (atMost != null) {
            parts.add("≤ " + Numbers.ratio(atMost));
        }
        if (below != null) {
            parts.add("< " + Numbers.ratio(below));
        }
        return String.join(" and ", parts);
    }
}
