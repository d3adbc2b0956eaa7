package io.tickwise.host.spec;

/**
 * The host's CFS constants (effective values, after log scaling by CPU count) and the costs
 * that go with time slicing and load balancing.
 */
public record SchedulerSpec(Cited hz, Cited latencyMs, Cited minGranularityMs, Cited wakeupGranularityMs,
                            Cited contextSwitchUs, Cited balanceIntervalMs) {
}
