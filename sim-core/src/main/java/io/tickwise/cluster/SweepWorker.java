package io.tickwise.cluster;

import io.tickwise.engine.ModelFailure;
import io.tickwise.engine.RunActor;
import io.tickwise.engine.Simulation;
import io.tickwise.sweep.Measurement;
import io.tickwise.sweep.RunnerPool;
import io.tickwise.sweep.Stall;
import io.tickwise.sweep.SweepPlan;
import org.apache.pekko.actor.CoordinatedShutdown;
import org.apache.pekko.actor.NoSerializationVerificationNeeded;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.apache.pekko.actor.typed.receptionist.ServiceKey;
import org.apache.pekko.cluster.ClusterEvent;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Subscribe;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A worker node's part of a cluster sweep. It registers with the receptionist, accepts the
 * first coordinator's offer whose version matches its own, rebuilds the plan from the offered
 * source, runs the units it is assigned on {@code threads} runners ({@link RunnerPool}), and sends
 * the measurements back in batches.
 */
public final class SweepWorker extends AbstractBehavior<SweepWorker.Command> {

    public static final ServiceKey<Command> KEY = ServiceKey.create(Command.class, "tickwise-sweep-worker");

    public sealed interface Command permits Offer, Assign, Stop, RunReplied, CoordinatorRemoved {
    }

    /** The coordinator's proposal: this sweep, to be answered with {@link ClusterCoordinator.Ready} or declined. */
    public record Offer(SweepSource source, ActorRef<ClusterCoordinator.Command> coordinator)
            implements Command, ClusterMessage {
    }

    /** Runs to do, by run number in the plan; never more than the worker's capacity is outstanding. */
    public record Assign(String sweepId, long[] runs) implements Command, ClusterMessage {
    }

    /** The sweep is over: the worker may go. */
    public record Stop(String sweepId) implements Command, ClusterMessage {
    }

    record RunReplied(RunActor.Reply<Measurement> reply) implements Command, NoSerializationVerificationNeeded {
    }

    record CoordinatorRemoved(ClusterEvent.MemberRemoved removed) implements Command, NoSerializationVerificationNeeded {
    }

    /** How a worker's part ended. */
    public sealed interface Outcome permits Finished, Refused, CoordinatorLost, NotJoined {
    }

    public record Finished(String sweepId, long runs) implements Outcome {
    }

    public record Refused(String reason) implements Outcome {
    }

    public record CoordinatorLost(String coordinator) implements Outcome {
    }

    /**
     * The node never became a member: no coordinator answered, or the one there refused this
     * node's connection; {@code refusal} says how, when a TLS handshake failed.
     */
    public record NotJoined(Duration tried, Optional<String> refusal) implements Outcome {
    }

    private final PlanFactory plans;
    private final String version;
    private final int threads;
    private final Stall stall;
    private final CompletableFuture<Outcome> outcome;
    private final ActorRef<RunActor.Reply<Measurement>> replies;
    private final Deque<Long> queued = new ArrayDeque<>();
    private final List<RunResult> unsent = new ArrayList<>();
    private final RunnerPool runners;
    private SweepPlan plan;
    private String sweepId;
    private ActorRef<ClusterCoordinator.Command> coordinator;
    private long runs;

    private SweepWorker(ActorContext<Command> context, PlanFactory plans, String version, int threads, Stall stall,
                        CompletableFuture<Outcome> outcome) {
        super(context);
        this.stall = stall;
        this.plans = plans;
        this.version = version;
        this.threads = threads;
        this.outcome = outcome;
        this.replies = replyAdapter(context);
        this.runners = new RunnerPool(context, threads);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ActorRef<RunActor.Reply<Measurement>> replyAdapter(ActorContext<Command> context) {
        ActorRef adapter = context.messageAdapter(RunActor.Reply.class, reply -> new RunReplied(reply));
        return adapter;
    }

    public static Behavior<Command> create(PlanFactory plans, String version, int threads, Stall stall,
                                           CompletableFuture<Outcome> outcome) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        return Behaviors.setup(context -> {
            context.getSystem().receptionist().tell(Receptionist.register(KEY, context.getSelf()));
            Cluster.get(context.getSystem()).subscriptions().tell(Subscribe.create(
                    context.messageAdapter(ClusterEvent.MemberRemoved.class, CoordinatorRemoved::new),
                    ClusterEvent.MemberRemoved.class));
            return new SweepWorker(context, plans, version, threads, stall, outcome);
        });
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(Offer.class, this::onOffer)
                .onMessage(Assign.class, this::onAssign)
                .onMessage(Stop.class, this::onStop)
                .onMessage(RunReplied.class, this::onRunReplied)
                .onMessage(CoordinatorRemoved.class, this::onCoordinatorRemoved)
                .onSignal(PostStop.class, this::onPostStop)
                .build();
    }

    private Behavior<Command> onOffer(Offer offer) {
        stall.progressed();
        SweepSource source = offer.source();
        String from = offer.coordinator().path().address().toString();
        if (!source.version().equals(version)) {
            return refuse(offer, "coordinator " + from + " runs Tickwise " + source.version()
                    + " but this worker runs " + version + "; start a worker of the same build (version and commit)");
        }
        if (sweepId != null) {
            if (sweepId.equals(source.sweepId())) {
                offer.coordinator().tell(new ClusterCoordinator.Ready(getContext().getSelf(), sweepId, threads));
            } else {
                offer.coordinator().tell(new ClusterCoordinator.Declined(getContext().getSelf(),
                        "busy with sweep " + sweepId + " of " + coordinator.path().address()));
            }
            return this;
        }
        try {
            plan = plans.plan(source);
        } catch (RuntimeException e) {
            return refuse(offer, "cannot rebuild sweep " + source.sweepId() + " of " + from + ": "
                    + ModelFailure.describe(e));
        }
        sweepId = source.sweepId();
        coordinator = offer.coordinator();
        coordinator.tell(new ClusterCoordinator.Ready(getContext().getSelf(), sweepId, threads));
        return this;
    }

    private Behavior<Command> refuse(Offer offer, String reason) {
        offer.coordinator().tell(new ClusterCoordinator.Declined(getContext().getSelf(), reason));
        outcome.complete(new Refused(reason));
        return Behaviors.stopped();
    }

    private Behavior<Command> onAssign(Assign assign) {
        stall.progressed();
        if (!assign.sweepId().equals(sweepId)) {
            return this;
        }
        for (long run : assign.runs()) {
            queued.addLast(run);
        }
        return launchRuns();
    }

    private Behavior<Command> onRunReplied(RunReplied replied) {
        stall.progressed();
        runners.finished(replied.reply().tag());
        if (replied.reply() instanceof RunActor.Failed<Measurement> failed) {
            coordinator.tell(new ClusterCoordinator.RunFailed(getContext().getSelf(), sweepId, failed.tag(),
                    ModelFailure.describe(failed.cause())));
        } else if (replied.reply() instanceof RunActor.Completed<Measurement> completed) {
            unsent.add(new RunResult(completed.tag(), completed.result().values()));
            runs++;
        }
        // Batches of about one result per thread; at once when the queue runs dry, so new work comes quickly.
        if (unsent.size() >= threads || queued.isEmpty()) {
            sendResults();
        }
        return launchRuns();
    }

    private void sendResults() {
        if (!unsent.isEmpty()) {
            coordinator.tell(new ClusterCoordinator.Results(getContext().getSelf(), sweepId,
                    unsent.toArray(RunResult[]::new)));
            unsent.clear();
        }
    }

    private Behavior<Command> launchRuns() {
        while (runners.hasIdle() && !queued.isEmpty()) {
            long run = queued.removeFirst();
            if (runners.isRunning(run)) {
                // Assigned again while in flight here: its result is on its way.
                continue;
            }
            Simulation<Measurement> simulation;
            try {
                simulation = plan.points().get(plan.pointOf(run)).simulation(plan.repetitionOf(run));
            } catch (Throwable e) {
                coordinator.tell(new ClusterCoordinator.RunFailed(getContext().getSelf(), sweepId, run,
                        ModelFailure.describe(e)));
                continue;
            }
            runners.start(plan.engine(), simulation, plan.seedOf(run), plan.limits(), run, replies);
        }
        return this;
    }

    private Behavior<Command> onStop(Stop stop) {
        if (!stop.sweepId().equals(sweepId)) {
            return this;
        }
        outcome.complete(new Finished(sweepId, runs));
        return Behaviors.stopped();
    }

    /** Stopped by a failure of its own: without this the node would wait for an outcome that never comes. */
    private Behavior<Command> onPostStop(PostStop stopped) {
        if (CoordinatedShutdown.get(getContext().getSystem()).getShutdownReason().isEmpty()) {
            outcome.completeExceptionally(new IllegalStateException("the worker stopped before the sweep was over"));
        }
        return this;
    }

    private Behavior<Command> onCoordinatorRemoved(CoordinatorRemoved removed) {
        if (coordinator != null && removed.removed().member().address().equals(coordinator.path().address())) {
            outcome.complete(new CoordinatorLost(coordinator.path().address().toString()));
            return Behaviors.stopped();
        }
        return this;
    }
}
