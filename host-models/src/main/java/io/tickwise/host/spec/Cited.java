package io.tickwise.host.spec;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.OptBoolean;
import io.tickwise.input.StrictYaml;

import java.util.List;

/**
 * A model number together with where it comes from (a source tag and a short note) and, when
 * the source gives one, the range {@code [lo, hi]} it was taken from; an empty range means the
 * source gives a single value. Uncertainty runs draw ranged numbers across their range.
 */
public record Cited(double value, List<Double> range, String source) {

    @JsonCreator
    public Cited(@JsonProperty("value") double value,
                 @JsonProperty("range") @JacksonInject(value = StrictYaml.NO_RANGE, useInput = OptBoolean.TRUE)
                 List<Double> range,
                 @JsonProperty("source") String source) {
        this.value = value;
        this.range = List.copyOf(range);
        if (!this.range.isEmpty()) {
            checkRange(value, this.range);
        }
        this.source = source;
    }

    /** A number whose source gives no range. */
    public Cited(double value, String source) {
        this(value, List.of(), source);
    }

    public boolean ranged() {
        return !range.isEmpty();
    }

    public double low() {
        return ranged() ? range.get(0) : value;
    }

    public double high() {
        return ranged() ? range.get(1) : value;
    }

    /** The same number with another value inside its range, keeping range and source. */
    public Cited withValue(double other) {
        return new Cited(other, range, source);
    }

    // Thrown while binding, so the file reader reports it with the file, line and field.
    private static void checkRange(double value, List<Double> range) {
        if (range.size() != 2) {
            throw new IllegalArgumentException("range must be [lo, hi], two numbers; got " + range.size());
        }
        double lo = range.get(0);
        double hi = range.get(1);
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("range must hold finite numbers, got " + range);
        }
        if (lo > hi) {
            throw new IllegalArgumentException("range [" + lo + ", " + hi + "] has lo > hi");
        }
        if (value < lo || value > hi) {
            throw new IllegalArgumentException("value " + value + " is outside its range [" + lo + ", " + hi + "]");
        }
    }
}
