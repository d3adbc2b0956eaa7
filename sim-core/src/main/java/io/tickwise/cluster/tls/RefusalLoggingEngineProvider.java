package io.tickwise.cluster.tls;

import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.remote.artery.tcp.ConfigSSLEngineProvider;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;

/**
 * Artery's key-store engine provider, whose server side reports connections that fail the
 * handshake as {@link RefusedConnection}s on the event stream. A refused node retries every few
 * seconds over several connections, so each kind of refusal is reported once a minute at most.
 * Artery does not tell the engine who connects, so the report says what was refused, not from where.
 */
public final class RefusalLoggingEngineProvider extends ConfigSSLEngineProvider {
    private static final Duration QUIET = Duration.ofMinutes(1);

    private final ActorSystem system;
    private final Map<String, Long> lastReported = new HashMap<>();

    public RefusalLoggingEngineProvider(ActorSystem system) {
        super(system);
        this.system = system;
    }

    @Override
    public SSLEngine createServerSSLEngine(String hostname, int port) {
        return new HandshakeWatchingEngine(super.createServerSSLEngine(hostname, port), this::refused);
    }

    private void refused(SSLException failure) {
        String reason = reason(failure);
        long now = System.nanoTime();
        synchronized (lastReported) {
            Long last = lastReported.get(reason);
            if (last != null && now - last < QUIET.toNanos()) {
                return;
            }
            lastReported.put(reason, now);
        }
        system.eventStream().publish(new RefusedConnection(reason));
    }

    /** In words a user can act on; the JDK's message follows for whoever needs the detail. */
    static String reason(SSLException failure) {
        String message = String.valueOf(failure.getMessage());
        String kind;
        if (message.contains("plaintext") || message.contains("Unsupported or unrecognized SSL message")) {
            kind = "a node without TLS";
        } else if (message.contains("certificate") || message.contains("PKIX") || message.contains("Empty client")) {
            kind = "a node of another cluster identity, or none";
        } else {
            kind = "a node that failed the TLS handshake";
        }
        return kind + " (" + message + ")";
    }
}
