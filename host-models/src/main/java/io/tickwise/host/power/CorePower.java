package io.tickwise.host.power;

import io.tickwise.host.spec.CStateSpec;
import io.tickwise.host.spec.PowerSpec;

import java.util.List;

/** What a physical core draws: busy at a clock (one or both siblings busy), or idle in a C-state. */
public final class CorePower {
    private final double activeW;
    private final double referenceGHz;
    private final double exponent;
    private final double siblingExtraW;
    private final double[] idleW;

    public CorePower(PowerSpec spec, List<CStateSpec> states) {
        this.activeW = spec.coreActiveW().value();
        this.referenceGHz = spec.referenceGHz().value();
        this.exponent = spec.frequencyExponent().value();
        this.siblingExtraW = spec.siblingExtraW().value();
        this.idleW = states.stream().mapToDouble(s -> s.corePowerW().value()).toArray();
    }

    public double busy(double ghz, int busySiblings) {
        double scale = Math.pow(ghz / referenceGHz, exponent);
        return (activeW + Math.max(0, busySiblings - 1) * siblingExtraW) * scale;
    }

    public double idle(int state) {
        return idleW[state];
    }
}
