package io.tickwise.host.spec;

import io.tickwise.host.sched.SchedDomain;

/**
 * The host's CFS constants (effective values, after log scaling by CPU count), the costs that
 * go with time slicing and load balancing, and the balancing rules of its scheduling domains.
 */
public record SchedulerSpec(Cited hz, Cited latencyMs, Cited minGranularityMs, Cited wakeupGranularityMs,
                            Cited contextSwitchUs, Cited balanceIntervalMs, Domains domains) {

    /** The host's domains from the innermost: SMT siblings, the cores of a socket, the sockets of the machine. */
    public record Domains(DomainSpec smt, DomainSpec socket, DomainSpec machine) {
    }

    /** One scheduling domain's balancing constants, as Linux's sd_init sets them. */
    public record DomainSpec(Cited imbalancePct, Cited cacheNiceTries) {

        public SchedDomain toDomain(String level) {
            return new SchedDomain(level, (int) Math.round(imbalancePct.value()), (int) Math.round(cacheNiceTries.value()));
        }
    }
}
