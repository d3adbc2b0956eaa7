package io.tickwise.cli;

import io.tickwise.cluster.tls.ClusterIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code keys DIR}: makes a cluster identity that every node of one cluster is given with --tls DIR. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Make a cluster identity (an authority, and a node key and certificate it signed) in DIR;"
                + " copy DIR to every node of the cluster and start each with --tls DIR."
                + " The stores are encrypted with $" + ClusterIdentity.PASSWORD_VARIABLE + " when it is set.")
final class KeysCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory for the identity (created; must not hold one)")
    private Path directory;

    @Override
    public void run() {
        String password = ClusterSecurity.password();
        ClusterIdentity identity = ClusterIdentity.create(directory, password);
        PrintWriter out = spec.commandLine().getOut();
        out.println("cluster identity " + identity.fingerprint() + " in " + directory + (password.isEmpty()
                ? " (no " + ClusterIdentity.PASSWORD_VARIABLE + ": the key is protected by its file mode only)" : ""));
        out.println("copy " + directory + " to every node and start each with --tls " + directory);
    }
}
