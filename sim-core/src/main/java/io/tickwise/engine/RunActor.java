package io.tickwise.engine;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * One run as an actor: builds the simulation's entities, executes them on the chosen engine,
 * replies with the simulation's result (or the failure) and stops.
 */
public final class RunActor {

    /** The run actor's own protocol: the clock's report when the run executes on entity actors. */
    public sealed interface Command permits ClockReport {
    }

    record ClockReport(ClockActor.Outcome outcome) implements Command {
    }

    /** What a run replies. */
    public sealed interface Reply<R> permits Completed, Failed {
        /** The caller's name for the run. */
        long tag();
    }

    /** {@code tag} is the caller's name for this run, echoed back so one adapter serves many runs. */
    public record Completed<R>(long tag, R result, RunStats stats) implements Reply<R> {
    }

    public record Failed<R>(long tag, RuntimeException cause) implements Reply<R> {
    }

    private RunActor() {
    }

    public static <R> Behavior<Command> create(Engine engine, Simulation<R> simulation, long seed, RunLimits limits,
                                               long tag, ActorRef<Reply<R>> replyTo) {
        return Behaviors.setup(context -> {
            if (engine == Engine.FUSED) {
                replyTo.tell(runFused(simulation, seed, limits, tag));
                return Behaviors.stopped();
            }
            BuiltWorld world;
            try {
                world = BuiltWorld.build(simulation, seed);
            } catch (RuntimeException e) {
                replyTo.tell(new Failed<>(tag, e));
                return Behaviors.stopped();
            } catch (Throwable e) {
                replyTo.tell(new Failed<>(tag, ModelFailure.outsideEntities("building the run", e)));
                return Behaviors.stopped();
            }
            ActorRef<ClockActor.Outcome> clockReplies = context.messageAdapter(ClockActor.Outcome.class, ClockReport::new);
            context.spawn(ClockActor.create(world, simulation.lookaheadNs(), limits, clockReplies), "clock");
            return Behaviors.receive(Command.class)
                    .onMessage(ClockReport.class, report -> {
                        if (report.outcome() instanceof ClockActor.Finished finished) {
                            complete(simulation, finished.stats(), tag, replyTo);
                        } else if (report.outcome() instanceof ClockActor.Failed failed) {
                            replyTo.tell(new Failed<>(tag, failed.cause()));
                        }
                        return Behaviors.stopped();
                    })
                    .build();
        });
    }

    /** One run on the fused executor, on the caller's thread: its reply, the failure included. */
    static <R> Reply<R> runFused(Simulation<R> simulation, long seed, RunLimits limits, long tag) {
        RunStats stats;
        try {
            stats = FusedRun.execute(BuiltWorld.build(simulation, seed), limits);
        } catch (RuntimeException e) {
            return new Failed<>(tag, e);
        } catch (Throwable e) {
            return new Failed<>(tag, ModelFailure.outsideEntities("building the run", e));
        }
        return completed(simulation, stats, tag);
    }

    private static <R> void complete(Simulation<R> simulation, RunStats stats, long tag, ActorRef<Reply<R>> replyTo) {
        replyTo.tell(completed(simulation, stats, tag));
    }

    private static <R> Reply<R> completed(Simulation<R> simulation, RunStats stats, long tag) {
        try {
            return new Completed<>(tag, simulation.result(stats), stats);
        } catch (RuntimeException e) {
            return new Failed<>(tag, e);
        } catch (Throwable e) {
            return new Failed<>(tag, ModelFailure.outsideEntities("computing the run's result", e));
        }
    }
}
