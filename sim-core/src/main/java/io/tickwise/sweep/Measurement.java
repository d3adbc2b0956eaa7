package io.tickwise.sweep;

import java.util.Arrays;

/** What one run measured: one value per metric of its sweep, in the metrics' base units. */
public record Measurement(long[] values) {
    public Measurement {
        values = values.clone();
    }

    @Override
    public long[] values() {
        return values.clone();
    }

    public long value(int metric) {
        return values[metric];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Measurement m && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
