package io.tickwise.host.sched;

/**
 * A domain's count of balance attempts in a row that found an imbalance but could move
 * nothing, because the only candidate was running (Linux's {@code nr_balance_failed}). Once it
 * exceeds {@code cache_nice_tries + 2}, the balance pushes the running task off its CPU
 * (active balance) and the count restarts from {@code cache_nice_tries + 1}, so a further push
 * takes two more failures; a normal pull, or an attempt that finds the domain balanced, resets
 * it to zero.
 */
public final class BalanceFailures {
    private final SchedDomain domain;
    private int failed;

    public BalanceFailures(SchedDomain domain) {
        this.domain = domain;
    }

    /** An attempt that could only move a running task: true when it may now do so. */
    public boolean activeBalanceDue() {
        failed++;
        if (failed > domain.cacheNiceTries() + 2) {
            failed = domain.cacheNiceTries() + 1;
            return true;
        }
        return false;
    }

    /** A queued task was pulled, or nothing needed moving. */
    public void settled() {
        failed = 0;
    }
}
