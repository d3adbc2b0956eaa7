package io.tickwise.cluster;

/** One input file of a sweep, named as the coordinator named it, with its exact bytes. */
public record SourceFile(String name, byte[] content) {
}
