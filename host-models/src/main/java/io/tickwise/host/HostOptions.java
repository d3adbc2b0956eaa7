package io.tickwise.host;

import io.tickwise.host.hypervisor.Placement;

/**
 * What-if switches over a host file: turbo on or off, C-states beyond the first disabled (the
 * BIOS "Performance" profile), the host's placement policy, the fidelity, and whether power is
 * traced over time for a report.
 */
public record HostOptions(boolean turbo, boolean cStates, Placement placement, Fidelity fidelity, boolean traced) {

    public static final HostOptions DEFAULTS = new HostOptions(true, true, Placement.SMT_AWARE, Fidelity.FLUID, false);

    public HostOptions withFidelity(Fidelity value) {
        return new HostOptions(turbo, cStates, placement, value, traced);
    }

    public HostOptions withPlacement(Placement value) {
        return new HostOptions(turbo, cStates, value, fidelity, traced);
    }

    public HostOptions withTrace(boolean value) {
        return new HostOptions(turbo, cStates, placement, fidelity, value);
    }

    public HostOptions withCStates(boolean value) {
        return new HostOptions(turbo, value, placement, fidelity, traced);
    }
}
