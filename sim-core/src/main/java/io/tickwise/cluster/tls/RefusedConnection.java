package io.tickwise.cluster.tls;

import org.apache.pekko.actor.NoSerializationVerificationNeeded;

/** Published on the node's event stream when a connection to it fails the TLS handshake. */
public record RefusedConnection(String reason) implements NoSerializationVerificationNeeded {
}
