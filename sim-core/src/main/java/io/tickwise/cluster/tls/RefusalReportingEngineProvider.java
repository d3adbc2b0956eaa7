package io.tickwise.cluster.tls;

import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.remote.artery.tcp.ConfigSSLEngineProvider;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;

/**
 * Artery's key-store engine provider, whose engines report a connection that fails the TLS
 * handshake as a {@link RefusedConnection} on the event stream: on a coordinator, a node of
 * another identity or none that tried to join; on a worker, why it cannot reach its coordinator.
 * A refused node retries every few seconds over several connections, so each kind of refusal is
 * reported once a minute at most. Artery does not tell a server-side engine who connects, so an
 * inbound report says what was refused, not from where.
 */
public final class RefusalReportingEngineProvider extends ConfigSSLEngineProvider {
    private static final Duration QUIET = Duration.ofMinutes(1);

    private final ActorSystem system;
    private final Map<String, Long> lastReported = new HashMap<>();

    public RefusalReportingEngineProvider(ActorSystem system) {
        super(system);
        this.system = system;
    }

    @Override
    public SSLEngine createServerSSLEngine(String hostname, int port) {
        return new HandshakeWatchingEngine(super.createServerSSLEngine(hostname, port),
                failure -> report(new RefusedConnection(true, inbound(failure))));
    }

    @Override
    public SSLEngine createClientSSLEngine(String hostname, int port) {
        return new HandshakeWatchingEngine(super.createClientSSLEngine(hostname, port),
                failure -> report(new RefusedConnection(false, outbound(hostname + ":" + port, failure))));
    }

    private void report(RefusedConnection refused) {
        long now = System.nanoTime();
        synchronized (lastReported) {
            Long last = lastReported.get(refused.reason());
            if (last != null && now - last < QUIET.toNanos()) {
                return;
            }
            lastReported.put(refused.reason(), now);
        }
        system.eventStream().publish(refused);
    }

    /** What connected, in words a user can act on; the JDK's message follows for whoever needs the detail. */
    static String inbound(SSLException failure) {
        String kind = switch (Cause.of(failure)) {
            case PLAINTEXT -> "a node without TLS";
            case IDENTITY -> "a node of another cluster identity, or none";
            case OTHER -> "a node that failed the TLS handshake";
        };
        return kind + " (" + failure.getMessage() + ")";
    }

    static String outbound(String node, SSLException failure) {
        String kind = switch (Cause.of(failure)) {
            case PLAINTEXT -> " does not use TLS";
            case IDENTITY -> " is of another cluster identity";
            case OTHER -> " failed the TLS handshake";
        };
        return "the node at " + node + kind + " (" + failure.getMessage() + ")";
    }

    private enum Cause {
        PLAINTEXT, IDENTITY, OTHER;

        static Cause of(SSLException failure) {
            String message = String.valueOf(failure.getMessage());
            if (message.contains("plaintext") || message.contains("Unsupported or unrecognized SSL message")) {
                return PLAINTEXT;
            }
            if (message.contains("certificate") || message.contains("PKIX") || message.contains("Empty client")) {
                return IDENTITY;
            }
            return OTHER;
        }
    }
}
