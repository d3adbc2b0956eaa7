package io.tickwise.host.spec;

/** A model number together with where it comes from (a source tag and a short note). */
public record Cited(double value, String source) {
}
