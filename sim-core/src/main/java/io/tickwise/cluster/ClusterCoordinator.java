package io.tickwise.cluster;

import io.tickwise.cluster.tls.RefusedConnection;
import io.tickwise.engine.ModelFailure;
import io.tickwise.sweep.LaunchOrder;
import io.tickwise.sweep.Measurement;
import io.tickwise.sweep.PointAssembly;
import io.tickwise.sweep.PointOutcome;
import io.tickwise.sweep.SweepCoordinator.SweepFailedException;
import io.tickwise.sweep.SweepPlan;
import org.apache.pekko.actor.Address;
import org.apache.pekko.actor.NoSerializationVerificationNeeded;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.eventstream.EventStream;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.apache.pekko.cluster.ClusterEvent;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Subscribe;
import org.apache.pekko.japi.function.Function;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a sweep on the workers of a cluster. Workers found through the receptionist are offered
 * the sweep's source; those that accept get runs in small batches, never more outstanding than
 * {@value #RUNS_PER_THREAD} per thread they declared. The runs of a worker that becomes
 * unreachable or leaves are handed out again; a late answer for a run already recorded is
 * dropped. Every first answer goes to the journal before it counts, so a restarted coordinator
 * resumes from exactly what was recorded.
 */
public final class ClusterCoordinator extends AbstractBehavior<ClusterCoordinator.Command> {

    /** Enough queued behind each running run that a worker does not idle while its results travel. */
    static final int RUNS_PER_THREAD = 4;

    public sealed interface Command permits Ready, Declined, Results, RunFailed, WorkersListed, MembershipChanged,
            ConnectionRefused {
    }

    /** A worker accepted the offer and can run {@code threads} runs at once. */
    public record Ready(ActorRef<SweepWorker.Command> worker, String sweepId, int threads)
            implements Command, ClusterMessage {
    }

    public record Declined(ActorRef<SweepWorker.Command> worker, String reason) implements Command, ClusterMessage {
    }

    public record Results(ActorRef<SweepWorker.Command> worker, String sweepId, RunResult[] results)
            implements Command, ClusterMessage {
    }

    public record RunFailed(ActorRef<SweepWorker.Command> worker, String sweepId, long run, String problem)
            implements Command, ClusterMessage {
    }

    record WorkersListed(Receptionist.Listing listing) implements Command, NoSerializationVerificationNeeded {
    }

    record MembershipChanged(ClusterEvent.ClusterDomainEvent event) implements Command, NoSerializationVerificationNeeded {
    }

    /** A node failed the TLS handshake with this one: it never becomes a member, so only this says it tried. */
    record ConnectionRefused(RefusedConnection refused) implements Command, NoSerializationVerificationNeeded {
    }

    private final SweepPlan plan;
    private final SweepSource source;
    private final ResultsJournal journal;
    private final int minWorkers;
    private final ClusterSweepListener listener;
    private final CompletableFuture<List<PointOutcome>> done;
    private final PointAssembly assembly;
    private final Assignments<ActorRef<SweepWorker.Command>> assignments = new Assignments<>();
    private final Set<ActorRef<SweepWorker.Command>> offered = new LinkedHashSet<>();
    private boolean started;

    private ClusterCoordinator(ActorContext<Command> context, SweepPlan plan, SweepSource source, ResultsJournal journal,
                               int minWorkers, ClusterSweepListener listener, CompletableFuture<List<PointOutcome>> done) {
        super(context);
        this.plan = plan;
        this.source = source;
        this.journal = journal;
        this.minWorkers = minWorkers;
        this.listener = listener;
        this.done = done;
        this.assembly = new PointAssembly(plan);
    }

    /**
     * @param journal    opened for this sweep; its recovered runs are not run again
     * @param minWorkers workers to wait for before the first assignment, so the first does not take all
     */
    public static Behavior<Command> create(SweepPlan plan, SweepSource source, ResultsJournal journal, int minWorkers,
                                           ClusterSweepListener listener, CompletableFuture<List<PointOutcome>> done) {
        return Behaviors.setup(context -> {
            context.getSystem().receptionist().tell(Receptionist.subscribe(SweepWorker.KEY,
                    context.messageAdapter(Receptionist.Listing.class, WorkersListed::new)));
            context.getSystem().eventStream().tell(new EventStream.Subscribe<>(RefusedConnection.class,
                    context.messageAdapter(RefusedConnection.class, ConnectionRefused::new)));
            Cluster cluster = Cluster.get(context.getSystem());
            cluster.subscriptions().tell(Subscribe.create(
                    context.messageAdapter(ClusterEvent.ReachabilityEvent.class, MembershipChanged::new),
                    ClusterEvent.ReachabilityEvent.class));
            cluster.subscriptions().tell(Subscribe.create(
                    context.messageAdapter(ClusterEvent.MemberRemoved.class, MembershipChanged::new),
                    ClusterEvent.MemberRemoved.class));
            ClusterCoordinator coordinator = new ClusterCoordinator(context, plan, source, journal, minWorkers, listener,
                    done);
            return coordinator.guarded((Void nothing) -> coordinator.resume()).apply(null);
        });
    }

    private Behavior<Command> resume() {
        Map<Long, Measurement> recovered = journal.recovered();
        for (Map.Entry<Long, Measurement> e : recovered.entrySet()) {
            assembly.record(e.getKey(), e.getValue()).ifPresent(listener::pointFinished);
        }
        listener.resumed(assembly.recordedRuns(), plan.runs());
        LaunchOrder order = LaunchOrder.of(plan);
        for (long k = 0; k < plan.runs(); k++) {
            long run = order.run(k);
            if (!assembly.isRecorded(run)) {
                assignments.enqueue(run);
            }
        }
        return assembly.isComplete() ? finish() : this;
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(WorkersListed.class, guarded(this::onWorkersListed))
                .onMessage(Ready.class, guarded(this::onReady))
                .onMessage(Declined.class, guarded(this::onDeclined))
                .onMessage(Results.class, guarded(this::onResults))
                .onMessage(RunFailed.class, guarded(this::onRunFailed))
                .onMessage(MembershipChanged.class, guarded(this::onMembershipChanged))
                .onMessage(ConnectionRefused.class, guarded(this::onConnectionRefused))
                .build();
    }

    /**
     * The listener is the caller's code and runs inside these handlers: whatever it (or this
     * actor) throws ends the sweep with that failure instead of stopping the actor without an answer.
     */
    private <M> Function<M, Behavior<Command>> guarded(Function<M, Behavior<Command>> handler) {
        return message -> {
            try {
                return handler.apply(message);
            } catch (Throwable e) {
                return fail(new CoordinatorFailedException(e));
            }
        };
    }

    private Behavior<Command> onWorkersListed(WorkersListed listed) {
        for (ActorRef<SweepWorker.Command> worker : listed.listing().getServiceInstances(SweepWorker.KEY)) {
            if (offered.add(worker)) {
                worker.tell(new SweepWorker.Offer(source, getContext().getSelf()));
            }
        }
        return this;
    }

    private Behavior<Command> onReady(Ready ready) {
        if (!ready.sweepId().equals(source.sweepId()) || ready.threads() < 1) {
            listener.workerRefused(name(ready.worker()), "answered for sweep " + ready.sweepId() + " with "
                    + ready.threads() + " threads");
            return this;
        }
        if (!assignments.hasWorker(ready.worker())) {
            assignments.addWorker(ready.worker(), RUNS_PER_THREAD * ready.threads());
            listener.workerJoined(name(ready.worker()), ready.threads(), assignments.reachableWorkers());
        }
        return dispatch();
    }

    private Behavior<Command> onDeclined(Declined declined) {
        listener.workerRefused(name(declined.worker()), declined.reason());
        return this;
    }

    private Behavior<Command> onResults(Results results) {
        if (!results.sweepId().equals(source.sweepId())) {
            listener.workerRefused(name(results.worker()), "sent results of sweep " + results.sweepId());
            return this;
        }
        List<RunResult> fresh = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (RunResult r : results.results()) {
            assignments.answered(results.worker(), r.run());
            if (r.run() >= 0 && r.run() < plan.runs() && !assembly.isRecorded(r.run()) && seen.add(r.run())) {
                fresh.add(r);
            }
        }
        try {
            journal.append(fresh);
            for (RunResult r : fresh) {
                assembly.record(r.run(), r.measurement()).ifPresent(listener::pointFinished);
            }
        } catch (RuntimeException e) {
            return fail(new SweepFailedException(fresh.isEmpty() ? "?" : plan.describe(fresh.get(0).run()), e));
        }
        listener.runFinished(assembly.recordedRuns(), plan.runs());
        return assembly.isComplete() ? finish() : dispatch();
    }

    private Behavior<Command> onRunFailed(RunFailed failed) {
        if (!failed.sweepId().equals(source.sweepId()) || failed.run() < 0 || failed.run() >= plan.runs()) {
            return this;
        }
        return fail(new SweepFailedException(plan.describe(failed.run()),
                new IllegalStateException(failed.problem() + " (on " + name(failed.worker()) + ")")));
    }

    private Behavior<Command> onConnectionRefused(ConnectionRefused refused) {
        if (refused.refused().inbound()) {
            listener.connectionRefused(refused.refused().reason());
        }
        return this;
    }

    private Behavior<Command> onMembershipChanged(MembershipChanged changed) {
        if (changed.event() instanceof ClusterEvent.UnreachableMember e) {
            for (ActorRef<SweepWorker.Command> worker : workersAt(e.member().address())) {
                assignments.unreachable(worker);
                listener.workerLost(name(worker), "unreachable", assignments.reachableWorkers());
            }
        } else if (changed.event() instanceof ClusterEvent.ReachableMember e) {
            for (ActorRef<SweepWorker.Command> worker : workersAt(e.member().address())) {
                assignments.reachable(worker);
                listener.workerReturned(name(worker), assignments.reachableWorkers());
            }
        } else if (changed.event() instanceof ClusterEvent.MemberRemoved e) {
            for (ActorRef<SweepWorker.Command> worker : workersAt(e.member().address())) {
                assignments.remove(worker);
                listener.workerLost(name(worker), "removed from the cluster", assignments.reachableWorkers());
            }
            offered.removeIf(w -> w.path().address().equals(e.member().address()));
        }
        return dispatch();
    }

    private List<ActorRef<SweepWorker.Command>> workersAt(Address address) {
        return assignments.workers().stream().filter(w -> w.path().address().equals(address)).toList();
    }

    private Behavior<Command> dispatch() {
        if (!started && assignments.reachableWorkers() < minWorkers) {
            return this;
        }
        started = true;
        for (ActorRef<SweepWorker.Command> worker : assignments.workers()) {
            long[] runs = assignments.take(worker, assembly::isRecorded);
            if (runs.length > 0) {
                worker.tell(new SweepWorker.Assign(source.sweepId(), runs));
            }
        }
        return this;
    }

    private Behavior<Command> finish() {
        stopWorkers();
        done.complete(assembly.outcomes());
        return Behaviors.stopped();
    }

    private Behavior<Command> fail(RuntimeException failure) {
        stopWorkers();
        done.completeExceptionally(failure);
        return Behaviors.stopped();
    }

    private void stopWorkers() {
        for (ActorRef<SweepWorker.Command> worker : offered) {
            worker.tell(new SweepWorker.Stop(source.sweepId()));
        }
    }

    /** The coordinator itself, not a run, failed. */
    public static final class CoordinatorFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CoordinatorFailedException(Throwable cause) {
            super("the sweep's coordinator failed: " + ModelFailure.describe(cause), cause);
        }
    }

    private static String name(ActorRef<?> worker) {
        Address a = worker.path().address();
        return a.host().isDefined() ? a.host().get() + ":" + a.port().get() : a.toString();
    }
}
