package io.tickwise.report.findings;

import io.tickwise.report.data.Numbers;

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
