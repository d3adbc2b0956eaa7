package io.tickwise.cluster.tls;

import org.apache.pekko.actor.NoSerializationVerificationNeeded;

/**
 * Published on the node's event stream when a connection fails the TLS handshake: one that
 * another node opened to this one ({@code inbound}), or one this node opened to another.
 */
public record RefusedConnection(boolean inbound, String reason) implements NoSerializationVerificationNeeded {
}
