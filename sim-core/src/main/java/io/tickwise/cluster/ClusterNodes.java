package io.tickwise.cluster;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import io.tickwise.cluster.tls.ClusterIdentity;
import io.tickwise.cluster.tls.RefusedConnection;
import io.tickwise.sweep.PointOutcome;
import io.tickwise.sweep.Simulator;
import io.tickwise.sweep.Stall;
import io.tickwise.sweep.SweepPlan;
import org.apache.pekko.actor.Address;
import org.apache.pekko.actor.typed.eventstream.EventStream;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Join;
import org.apache.pekko.cluster.typed.JoinSeedNodes;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the nodes of a cluster sweep: a coordinator that forms the cluster on its own address,
 * and workers that join it. Both are {@link Simulator}s whose actor system is a cluster member
 * (configuration in {@code io/tickwise/cluster/cluster.conf}), named "tickwise" like any other.
 */
public final class ClusterNodes {
    public static final String COORDINATOR_ROLE = "coordinator";
    public static final String WORKER_ROLE = "worker";
    private static final String SYSTEM_NAME = "tickwise";
    /**
     * How long a worker tries to join before it gives up: a coordinator that is not there, or
     * that refuses this node's identity, looks the same from here, and either way waiting longer
     * does not help.
     */
    public static final Duration JOIN_TIMEOUT = Duration.ofSeconds(30);

    private ClusterNodes() {
    }

    /**
     * A coordinator node listening on {@code host:port}, the cluster's first member; with an
     * identity, only nodes of the same identity can connect.
     */
    public static Simulator coordinator(String host, int port, Optional<ClusterIdentity> identity) {
        Simulator node = Simulator.start(config(COORDINATOR_ROLE, host, port, identity));
        Cluster cluster = Cluster.get(node.system());
        cluster.manager().tell(Join.create(cluster.selfMember().address()));
        return node;
    }

    /**
     * A worker node on {@code host} (any free port) that joins the coordinator at
     * {@code joinHost:joinPort}, retrying for {@link #JOIN_TIMEOUT}; then its actor system stops.
     */
    public static Simulator worker(String host, String joinHost, int joinPort, Optional<ClusterIdentity> identity) {
        Simulator node = Simulator.start(config(WORKER_ROLE, host, 0, identity)
                .withValue("pekko.cluster.shutdown-after-unsuccessful-join-seed-nodes",
                        ConfigValueFactory.fromAnyRef(JOIN_TIMEOUT)));
        Cluster.get(node.system()).manager().tell(new JoinSeedNodes(List.of(
                new Address("pekko", SYSTEM_NAME, joinHost, joinPort))));
        return node;
    }

    /** Runs {@code plan} on the coordinator {@code node}: completes with every point in plan order. */
    public static CompletionStage<List<PointOutcome>> coordinate(Simulator node, SweepPlan plan, SweepSource source,
                                                                 ResultsJournal journal, int minWorkers,
                                                                 ClusterSweepListener listener) {
        CompletableFuture<List<PointOutcome>> done = new CompletableFuture<>();
        node.spawn(ClusterCoordinator.create(plan, source, journal, minWorkers, listener, done), "coordinator")
                .whenComplete((ref, failure) -> {
                    if (failure != null) {
                        done.completeExceptionally(failure);
                    }
                });
        return done;
    }

    /**
     * Serves sweeps on the worker {@code node}: completes when the sweep is over, the worker is
     * refused, or the coordinator is gone (including when this node is downed and its system stops).
     * Every offer, assignment and finished run counts as progress for {@code stall}.
     */
    public static CompletionStage<SweepWorker.Outcome> work(Simulator node, PlanFactory plans, String version,
                                                            int threads, Stall stall) {
        CompletableFuture<SweepWorker.Outcome> outcome = new CompletableFuture<>();
        node.spawn(SweepWorker.create(plans, version, threads, stall, outcome), "worker").whenComplete((ref, failure) -> {
            if (failure != null) {
                outcome.completeExceptionally(failure);
            }
        });
        AtomicBoolean joined = new AtomicBoolean();
        org.apache.pekko.cluster.Cluster.get(node.system().classicSystem()).registerOnMemberUp(() -> joined.set(true));
        AtomicReference<String> refusal = new AtomicReference<>();
        node.spawn(Behaviors.receive(RefusedConnection.class)
                .onMessage(RefusedConnection.class, refused -> {
                    refusal.set(refused.reason());
                    return Behaviors.same();
                }).build(), "refusals")
                .thenAccept(ref -> node.system().eventStream().tell(new EventStream.Subscribe<>(RefusedConnection.class,
                        ref)));
        node.system().getWhenTerminated().whenComplete((terminated, failure) -> outcome.complete(joined.get()
                ? new SweepWorker.CoordinatorLost("the cluster (this node was downed)")
                : new SweepWorker.NotJoined(JOIN_TIMEOUT, Optional.ofNullable(refusal.get()))));
        return outcome;
    }

    private static Config config(String role, String host, int port, Optional<ClusterIdentity> identity) {
        return identity.map(ClusterIdentity::transport).orElse(ConfigFactory.empty())
                .withValue("pekko.remote.artery.canonical.hostname", ConfigValueFactory.fromAnyRef(host))
                .withValue("pekko.remote.artery.canonical.port", ConfigValueFactory.fromAnyRef(port))
                .withValue("pekko.cluster.roles", ConfigValueFactory.fromIterable(List.of(role)))
                .withFallback(ConfigFactory.parseResources(ClusterNodes.class.getClassLoader(),
                        "io/tickwise/cluster/cluster.conf"))
                .resolve();
    }
}
