package io.tickwise.kernel.experiment;

import io.tickwise.host.HostMeasurements;
import io.tickwise.kernel.trace.GuestTrace;

import java.util.Optional;

/**
 * What one run measured: wall time from request to answer, host ticks of the system, the host's
 * view, and — traced, for a system with a guest kernel — what the guest ran on its processors.
 */
public record ExperimentResult(long timeNs, long ticks, HostMeasurements host, Optional<GuestTrace> guest) {

    public double energyJoules() {
        return host.totalJoules();
    }
}
