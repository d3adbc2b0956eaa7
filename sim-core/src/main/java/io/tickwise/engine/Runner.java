package io.tickwise.engine;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * A long-lived actor that runs one run after another, as a sweep's worker thread. A sweep has
 * thousands of short runs; starting and stopping an actor for each (a {@link RunActor}) costs
 * more than a fused run of a few hundred microseconds should pay, and keeps the actor system's
 * creation and termination paths hot for the JIT. On the fused executor a run is handled here,
 * on this actor's thread; on entity actors it gets a {@link RunActor} of its own, as before.
 */
public final class Runner {

    public sealed interface Command permits Run {
    }

    /** Runs {@code simulation} and replies to {@code replyTo} as a {@link RunActor} would, with {@code tag}. */
    public record Run<R>(Engine engine, Simulation<R> simulation, long seed, RunLimits limits, long tag,
                         ActorRef<RunActor.Reply<R>> replyTo) implements Command {
    }

    private Runner() {
    }

    public static Behavior<Command> create() {
        return Behaviors.setup(context -> Behaviors.receive(Command.class)
                .onMessage(Run.class, run -> {
                    start(context, run);
                    return Behaviors.same();
                })
                .build());
    }

    private static <R> void start(ActorContext<Command> context, Run<R> run) {
        if (run.engine() == Engine.FUSED) {
            run.replyTo().tell(RunActor.runFused(run.simulation(), run.seed(), run.limits(), run.tag()));
        } else {
            context.spawnAnonymous(RunActor.create(run.engine(), run.simulation(), run.seed(), run.limits(), run.tag(),
                    run.replyTo()));
        }
    }
}
