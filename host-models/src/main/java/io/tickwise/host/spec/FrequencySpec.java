package io.tickwise.host.spec;

/**
 * Core clock of a socket. {@code turboGHz.values().get(k - 1)} is the highest frequency with k
 * active physical cores in the socket (active = C0 or a state whose {@link CStateSpec#countsAsActive()}).
 * With turbo off every core runs at {@code baseGHz}. The package's power controller applies a
 * new clock only at the ticks of its control loop, every {@code transitionIntervalUs}.
 */
public record FrequencySpec(Cited baseGHz, CitedTable turboGHz, Cited transitionIntervalUs) {
}
