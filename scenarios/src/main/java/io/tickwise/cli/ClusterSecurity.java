package io.tickwise.cli;

import io.tickwise.cluster.tls.ClusterIdentity;
import io.tickwise.input.BadInputException;
import picocli.CommandLine.Option;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;

/** Options of a cluster node ({@code sweep --cluster}, {@code worker}): its TLS identity, or the admission that it has none. */
final class ClusterSecurity {

    @Option(names = "--tls", paramLabel = "DIR",
            description = "Cluster identity made by the keys command: traffic is TLS, and only nodes of this identity"
                    + " may connect (password, if any, from $" + ClusterIdentity.PASSWORD_VARIABLE + ")")
    Path tls;

    @Option(names = "--insecure",
            description = "Allow binding to a non-loopback address without --tls (any node that reaches it may join)")
    boolean insecure;

    /** The node's identity; refuses a plain node on an address others can reach unless told it is fine. */
    Optional<ClusterIdentity> identity(String bind) {
        if (tls != null) {
            if (insecure) {
                throw BadInputException.option("--insecure", "means no --tls; give one or the other");
            }
            return Optional.of(ClusterIdentity.load(tls, password()));
        }
        if (!insecure && !isLoopback(bind)) {
            throw BadInputException.option("--bind", bind + " is reachable from other machines, and without --tls anyone"
                    + " who reaches it can join the cluster, receive the sweep's input and send it results; give"
                    + " --tls DIR (made by: java -jar sim.jar keys DIR), or --insecure on a network you trust");
        }
        return Optional.empty();
    }

    /** From the environment only: a password on the command line is visible to every user of the machine. */
    static String password() {
        String password = System.getenv(ClusterIdentity.PASSWORD_VARIABLE);
        return password == null ? "" : password;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw BadInputException.option("--bind", "unknown host " + host);
        }
    }
}
