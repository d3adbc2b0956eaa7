package io.tickwise.sweep;

import io.tickwise.engine.RunActor;
import io.tickwise.engine.Simulation;
import io.tickwise.metrics.Distribution;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a sweep on this node: at most {@code parallelism} run actors at a time, point by point,
 * each repetition's measurement kept in its slot so a point's distributions do not depend on
 * the order its runs finished in. Each point is handed to the listener as soon as its last
 * repetition is in; the whole sweep completes with the points in plan order.
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
    private final long[][][] values;
    private final int[] finishedReps;
    private final PointOutcome[] outcomes;
    private long nextRun;
    private long finishedRuns;
    private int inFlight;

    private SweepCoordinator(ActorContext<Command> context, SweepPlan plan, SweepListener listener,
                             CompletableFuture<List<PointOutcome>> done) {
        super(context);
        this.plan = plan;
        this.listener = listener;
        this.done = done;
        this.replies = replyAdapter(context);
        int points = plan.points().size();
        this.values = new long[points][][];
        this.finishedReps = new int[points];
        this.outcomes = new PointOutcome[points];
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
        inFlight--;
        if (replied.reply() instanceof RunActor.Failed<Measurement> failed) {
            String run = describe(failed.tag());
            done.completeExceptionally(new SweepFailedException(run, failed.cause()));
            return Behaviors.stopped();
        }
        RunActor.Completed<Measurement> completed = (RunActor.Completed<Measurement>) replied.reply();
        int point = (int) (completed.tag() / plan.repetitions());
        int repetition = (int) (completed.tag() % plan.repetitions());
        try {
            record(point, repetition, completed.result());
        } catch (RuntimeException e) {
            done.completeExceptionally(new SweepFailedException(describe(completed.tag()), e));
            return Behaviors.stopped();
        }
        listener.runFinished(++finishedRuns, plan.runs());
        if (finishedRuns == plan.runs()) {
            done.complete(List.of(outcomes));
            return Behaviors.stopped();
        }
        return launchRuns();
    }

    private void record(int point, int repetition, Measurement measurement) {
        int metrics = plan.metrics().size();
        if (measurement.values().length != metrics) {
            throw new IllegalStateException("measured " + measurement.values().length + " values for "
                    + metrics + " metrics");
        }
        if (values[point] == null) {
            values[point] = new long[metrics][plan.repetitions()];
        }
        for (int m = 0; m < metrics; m++) {
            values[point][m][repetition] = measurement.value(m);
        }
        if (++finishedReps[point] == plan.repetitions()) {
            List<Distribution> distributions = Arrays.stream(values[point]).map(Distribution::of).toList();
            values[point] = null;
            outcomes[point] = new PointOutcome(point, plan.points().get(point).id(), distributions);
            listener.pointFinished(outcomes[point]);
        }
    }

    private Behavior<Command> launchRuns() {
        while (inFlight < plan.parallelism() && nextRun < plan.runs()) {
            long run = nextRun++;
            SweepPoint point = plan.points().get((int) (run / plan.repetitions()));
            int repetition = (int) (run % plan.repetitions());
            long seed = Seeds.forRun(plan.seed(), point.id(), repetition);
            Simulation<Measurement> simulation;
            try {
                simulation = point.simulation(repetition);
            } catch (RuntimeException e) {
                done.completeExceptionally(new SweepFailedException(describe(run), e));
                return Behaviors.stopped();
            }
            getContext().spawnAnonymous(RunActor.create(plan.engine(), simulation, seed, plan.limits(), run, replies));
            inFlight++;
        }
        return this;
    }

    private String describe(long run) {
        return plan.points().get((int) (run / plan.repetitions())).id() + " repetition "
                + (run % plan.repetitions());
    }

    /** Why a sweep stopped: the run that failed and its cause. */
    public static final class SweepFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SweepFailedException(String run, Throwable cause) {
            super("run " + run + " failed: " + cause.getMessage(), cause);
        }
    }
}
