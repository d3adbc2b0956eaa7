package io.tickwise.host;

import io.tickwise.host.cpu.CoreSpeeds;
import io.tickwise.host.hypervisor.Placement;

/**
 * What-if switches over a host file: turbo on or off, C-states beyond the first disabled (the
 * BIOS "Performance" profile), the host's placement policy, the fidelity, whether power is
 * traced over time for a report, and each core's speed (equal, unless measured on the machine at
 * hand).
 */
public record HostOptions(boolean turbo, boolean cStates, Placement placement, Fidelity fidelity, boolean traced,
                          CoreSpeeds coreSpeeds) {

    public static final HostOptions DEFAULTS = new HostOptions(true, true, Placement.SMT_AWARE, Fidelity.FLUID, false,
            CoreSpeeds.EQUAL);

    public HostOptions withFidelity(Fidelity value) {
        return new HostOptions(turbo, cStates, placement, value, traced, coreSpeeds);
    }

    public HostOptions withPlacement(Placement value) {
        return new HostOptions(turbo, cStates, value, fidelity, traced, coreSpeeds);
    }

    public HostOptions withTrace(boolean value) {
        return new HostOptions(turbo, cStates, placement, fidelity, value, coreSpeeds);
    }

    public HostOptions withCStates(boolean value) {
        return new HostOptions(turbo, value, placement, fidelity, traced, coreSpeeds);
    }

    public HostOptions withCoreSpeeds(CoreSpeeds value) {
        return new HostOptions(turbo, cStates, placement, fidelity, traced, value);
    }
}
