package io.tickwise.cluster;

/**
 * A message that crosses nodes. The Pekko configuration binds this type to the
 * {@link KryoSerializer}, so every implementation must be registered in {@link Registrations}.
 */
public interface ClusterMessage {
}
