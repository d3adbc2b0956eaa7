package io.tickwise.host.spec;

/**
 * An idle state of a physical core, as cpuidle sees it: what leaving it costs, how long an
 * idle period must be for it to pay off, what the core draws in it, and whether a core in it
 * still counts as active for the turbo bins (C1/C1E do, C3/C6 do not).
 */
public record CStateSpec(String name, Cited exitLatencyUs, Cited targetResidencyUs, Cited corePowerW,
                         boolean countsAsActive) {
}
