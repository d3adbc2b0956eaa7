package io.tickwise.host.trace;

/** From {@code timeNs} on, a socket's active cores run at {@code ghz}. */
public record FrequencyStep(long timeNs, double ghz) {
}
