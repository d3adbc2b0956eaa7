package io.tickwise.host.spec;

/**
 * How an idle core picks its C-state. {@code MENU}: the deepest enabled state whose target
 * residency fits the predicted idle time (time to the next known wake-up; unbounded when none)
 * and whose exit latency stays within {@code latencyLimitUs}, as Linux's menu governor does.
 */
public record IdleGovernorSpec(IdleGovernorKind kind, Cited latencyLimitUs) {

    public enum IdleGovernorKind {
        MENU
    }
}
