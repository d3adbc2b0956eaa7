package io.tickwise.host.power;

import io.tickwise.host.spec.CStateSpec;
import io.tickwise.host.spec.IdleGovernorSpec;

import java.util.List;

/**
 * The menu governor's choice: the deepest enabled state whose target residency fits the
 * predicted idle time and whose exit latency stays within the latency limit.
 */
public final class IdleGovernor {
    private final List<CStateSpec> states;
    private final int enabled;
    private final double latencyLimitUs;

    /** {@code deepestEnabled}: index of the deepest state allowed (C-states disabled leaves only the first). */
    public IdleGovernor(List<CStateSpec> states, IdleGovernorSpec spec, int deepestEnabled) {
        this.states = List.copyOf(states);
        this.enabled = deepestEnabled;
        this.latencyLimitUs = spec.latencyLimitUs().value();
    }

    /** Index of the state to enter for an idle period predicted to last {@code predictedIdleNs}. */
    public int choose(long predictedIdleNs) {
        int choice = 0;
        for (int i = 1; i <= enabled; i++) {
            CStateSpec s = states.get(i);
            boolean fits = predictedIdleNs >= s.targetResidencyUs().value() * 1_000;
            if (fits && s.exitLatencyUs().value() <= latencyLimitUs) {
                choice = i;
            }
        }
        return choice;
    }

    public CStateSpec state(int index) {
        return states.get(index);
    }

    public long exitLatencyNs(int index) {
        return Math.round(states.get(index).exitLatencyUs().value() * 1_000);
    }
}
