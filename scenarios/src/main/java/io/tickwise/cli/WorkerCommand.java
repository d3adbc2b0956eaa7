package io.tickwise.cli;

import io.tickwise.cluster.ClusterNodes;
import io.tickwise.cluster.SweepWorker;
import io.tickwise.cluster.tls.ClusterIdentity;
import io.tickwise.input.BadInputException;
import io.tickwise.scenario.run.BuildInfo;
import io.tickwise.sweep.Simulator;
import io.tickwise.sweep.Stall;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code worker --join HOST:PORT}: a node that runs the sweep of the coordinator it joins, and
 * exits when the coordinator says the sweep is done (0), refuses it (2), is gone (1), or cannot be
 * joined within {@link ClusterNodes#JOIN_TIMEOUT} — absent, or refusing this node's TLS identity (1).
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Join a cluster sweep's coordinator (sweep FILE --cluster) and run its work until it is done.")
final class WorkerCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--join", required = true, paramLabel = "HOST:PORT", description = "The coordinator's address")
    private String join;

    @Option(names = "--threads", description = "Runs at once (default: available cores)")
    private Integer threads;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "The address this node listens on, reachable from the coordinator (default: ${DEFAULT-VALUE})")
    private String bind;

    @Mixin
    private ClusterSecurity security;

    @Override
    public void run() {
        int colon = join.lastIndexOf(':');
        int port;
        try {
            port = colon > 0 ? Integer.parseInt(join.substring(colon + 1)) : -1;
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65_535) {
            throw BadInputException.option("--join", "expected HOST:PORT with a port in 1..65535, got '" + join + "'");
        }
        int runsAtOnce = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (runsAtOnce < 1 || runsAtOnce > 4096) {
            throw BadInputException.option("--threads", "must be in 1..4096, got " + runsAtOnce);
        }
        PrintWriter err = spec.commandLine().getErr();
        SweepWorker.Outcome outcome;
        Optional<ClusterIdentity> identity = security.identity(bind);
        try (Simulator node = ClusterNodes.worker(bind, join.substring(0, colon), port, identity)) {
            err.println("worker joining " + join + " with " + runsAtOnce + " threads");
            err.flush();
            Stall stall = node.stall();
            outcome = stall.await(ClusterNodes.work(node, new ScenarioPlans(), BuildInfo.identity(), runsAtOnce, stall)
                    .toCompletableFuture(), "worker (no offer, assignment or finished run)");
        }
        if (outcome instanceof SweepWorker.Finished finished) {
            spec.commandLine().getOut().println("sweep " + finished.sweepId() + " done; this worker ran "
                    + finished.runs() + " runs");
        } else if (outcome instanceof SweepWorker.Refused refused) {
            throw BadInputException.option("--join", "refused: " + refused.reason());
        } else if (outcome instanceof SweepWorker.CoordinatorLost lost) {
            throw new IllegalStateException("lost the coordinator " + lost.coordinator() + " before the sweep was done");
        } else if (outcome instanceof SweepWorker.NotJoined notJoined) {
            throw new IllegalStateException("could not join " + join + " within " + notJoined.tried().toSeconds()
                    + " s: " + notJoined.refusal().orElse("no coordinator answers there, or it refused this node ("
                    + (identity.isPresent()
                    ? "is it started with --tls and a copy of the same identity, " + identity.get().fingerprint() + "?"
                    : "does it use --tls? then this worker needs a copy of its identity") + ")"));
        }
    }
}
