package io.tickwise.host.trace;

import io.tickwise.host.cpu.Occupant;

import java.util.List;

/**
 * An interval [start, end) in which the same host threads held one logical processor, each for an
 * equal share of it: processor sharing in fluid fidelity (n threads, 1/n each), the slice holder
 * alone in tick fidelity, the guest-idle threads of a sleeping core charged alike.
 */
public record RunSlice(long startNs, long endNs, List<Occupant> occupants) {
    public RunSlice {
        occupants = List.copyOf(occupants);
    }

    /** On-CPU time each occupant accrues over the slice. */
    public double shareNs() {
        return (double) (endNs - startNs) / occupants.size();
    }
}
