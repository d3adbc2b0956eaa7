package io.tickwise.kernel.experiment;

import io.tickwise.host.HostOptions;
import io.tickwise.host.spec.HostSpec;
import io.tickwise.kernel.spec.SystemsSpec;
import io.tickwise.kernel.system.SystemId;

/**
 * Everything one run of the experiment needs: the host and its what-if options, the systems'
 * constants, which system, how many tasks, the work of one task, and the guest-side what-ifs.
 */
public record ExperimentSetup(HostSpec host, HostOptions hostOptions, SystemsSpec systems, SystemId system, int tasks,
                              double taskCycles, GuestOptions guest) {

    /** Converts a software cost given in µs into cycles at the host's one-core clock. */
    public double cycles(double microseconds) {
        return microseconds * 1e3 * host.frequency().turboGHz().values().get(0);
    }

    public long nanos(double microseconds) {
        return Math.round(microseconds * 1e3);
    }
}
