package io.tickwise.sweep;

import io.tickwise.engine.ModelFailure;
import io.tickwise.engine.RunActor;
import io.tickwise.engine.Simulation;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a sweep on this node: on {@code parallelism} runners ({@link RunnerPool}), point by point
 * in {@link LaunchOrder}, each repetition's measurement kept in its slot so a point's
 * distributions do not depend on the order its runs finished in. Each point is handed to the
 * listener as soon as its last repetition is in; the whole sweep completes with the points in
 * plan order.
 */
public final class SweepCoordinator extends AbstractBehavior<SweepCoordinator.Command> {

    public sealed interface Command permits RunReplied {
    }

    record RunReplied(RunActor.Reply<Measurement> reply) implements Command {
    }

    private final SweepPlan plan;
    private final SweepListener listener;
    private final CompletableFuture<List<PointOutcome>> done;
    private final ActorRef<RunActor.Reply<Measurement>> replies;
    private final PointAssembly assembly;
    private final LaunchOrder order;
    private final RunnerPool runners;
    private long launched;

    private SweepCoordinator(ActorContext<Command> context, SweepPlan plan, SweepListener listener,
                             CompletableFuture<List<PointOutcome>> done) {
        super(context);
        this.plan = plan;
        this.listener = listener;
        this.done = done;
        this.replies = replyAdapter(context);
        this.assembly = new PointAssembly(plan);
        this.order = LaunchOrder.of(plan);
        this.runners = new RunnerPool(context, plan.parallelism());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ActorRef<RunActor.Reply<Measurement>> replyAdapter(ActorContext<Command> context) {
        ActorRef adapter = context.messageAdapter(RunActor.Reply.class, reply -> new RunReplied(reply));
        return adapter;
    }

    public static Behavior<Command> create(SweepPlan plan, SweepListener listener,
                                           CompletableFuture<List<PointOutcome>> done) {
        return Behaviors.setup(context -> new SweepCoordinator(context, plan, listener, done).start());
    }

    private Behavior<Command> start() {
        if (plan.runs() == 0) {
            done.complete(List.of());
            return Behaviors.stopped();
        }
        return launchRuns();
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder().onMessage(RunReplied.class, this::onRunReplied).build();
    }

    private Behavior<Command> onRunReplied(RunReplied replied) {
        runners.finished(replied.reply().tag());
        if (replied.reply() instanceof RunActor.Failed<Measurement> failed) {
            done.completeExceptionally(new SweepFailedException(plan.describe(failed.tag()), failed.cause()));
            return Behaviors.stopped();
        }
        RunActor.Completed<Measurement> completed = (RunActor.Completed<Measurement>) replied.reply();
        // The listener is the caller's code: whatever it throws must end the sweep, not the actor silently.
        try {
            assembly.record(completed.tag(), completed.result()).ifPresent(listener::pointFinished);
            listener.runFinished(assembly.recordedRuns(), plan.runs());
        } catch (Throwable e) {
            done.completeExceptionally(new SweepFailedException(plan.describe(completed.tag()), e));
            return Behaviors.stopped();
        }
        if (assembly.isComplete()) {
            done.complete(assembly.outcomes());
            return Behaviors.stopped();
        }
        return launchRuns();
    }

    private Behavior<Command> launchRuns() {
        while (runners.hasIdle() && launched < plan.runs()) {
            long run = order.run(launched++);
            Simulation<Measurement> simulation;
            try {
                simulation = plan.points().get(plan.pointOf(run)).simulation(plan.repetitionOf(run));
            } catch (Throwable e) {
                done.completeExceptionally(new SweepFailedException(plan.describe(run), e));
                return Behaviors.stopped();
            }
            runners.start(plan.engine(), simulation, plan.seedOf(run), plan.limits(), run, replies);
        }
        return this;
    }

    /** Why a sweep stopped: the run that failed and its cause. */
    public static final class SweepFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SweepFailedException(String run, Throwable cause) {
            super("run " + run + " failed: " + ModelFailure.describe(cause), cause);
        }
    }
}
