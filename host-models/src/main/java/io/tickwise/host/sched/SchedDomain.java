package io.tickwise.host.sched;

/**
 * One level of Linux's scheduling domains (SMT siblings, the cores of a socket, the sockets
 * of a machine) with the two constants that make balancing across it reluctant:
 * {@code imbalancePct}, how much busier (in percent of the puller's load) the busiest CPU must
 * be before a queued task is pulled, and {@code cacheNiceTries}, how many more failed attempts
 * than two a balance tolerates before it actively migrates a running task.
 */
public record SchedDomain(String level, int imbalancePct, int cacheNiceTries) {

    public SchedDomain {
        if (imbalancePct < 100 || cacheNiceTries < 0) {
            throw new IllegalArgumentException("domain " + level + ": imbalance_pct " + imbalancePct
                    + ", cache_nice_tries " + cacheNiceTries);
        }
    }

    /**
     * Whether a queue of {@code busiest} entities gives one to a queue of {@code local}: moving
     * it must leave them no further apart than before (a gap of two or more), and the busiest
     * must exceed the local load by the domain's imbalance percentage.
     */
    public boolean worthPulling(int busiest, int local) {
        return busiest - local >= 2 && 100L * busiest > (long) imbalancePct * local;
    }
}
