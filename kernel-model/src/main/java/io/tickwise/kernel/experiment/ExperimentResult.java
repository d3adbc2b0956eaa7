package io.tickwise.kernel.experiment;

import io.tickwise.host.HostMeasurements;

/** What one run measured: wall time from request to answer, host ticks of the system, and the host's view. */
public record ExperimentResult(long timeNs, long ticks, HostMeasurements host) {

    public double energyJoules() {
        return host.totalJoules();
    }
}
