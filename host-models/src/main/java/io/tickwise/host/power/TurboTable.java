package io.tickwise.host.power;

import io.tickwise.host.spec.FrequencySpec;

import java.util.List;

/** A socket's clock as a function of its active cores; with turbo off, the base clock. */
public final class TurboTable {
    private final double baseGHz;
    private final double[] byActiveCores;
    private final boolean turbo;

    public TurboTable(FrequencySpec spec, boolean turbo) {
        this.baseGHz = spec.baseGHz().value();
        List<Double> values = spec.turboGHz().values();
        this.byActiveCores = values.stream().mapToDouble(Double::doubleValue).toArray();
        this.turbo = turbo;
    }

    /** Clock with {@code activeCores} active cores; an idle socket is quoted at its one-core bin. */
    public double ghz(int activeCores) {
        if (!turbo) {
            return baseGHz;
        }
        return byActiveCores[Math.max(0, Math.min(activeCores, byActiveCores.length) - 1)];
    }
}
