package io.tickwise.sweep;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.tickwise.engine.Engine;
import io.tickwise.engine.RunActor;
import io.tickwise.engine.RunLimits;
import io.tickwise.engine.Simulation;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/** The local actor system that runs sweeps; one per process is enough. */
public final class Simulator implements AutoCloseable {
    private static final Duration SPAWN_TIMEOUT = Duration.ofSeconds(30);

    private final ActorSystem<SpawnProtocol.Command> system;
    private final AtomicLong sweeps = new AtomicLong();
    private final Duration stallLimit;

    private Simulator(Config config) {
        this.system = ActorSystem.create(SpawnProtocol.create(), "tickwise", config);
        this.stallLimit = config.getDuration("tickwise.stall-timeout");
    }

    /**
     * How long a wait of this simulator lets pass without a run finishing before it gives up
     * ({@code tickwise.stall-timeout}, e.g. {@code -Dtickwise.stall-timeout=30s}).
     */
    public Stall stall() {
        return new Stall(stallLimit);
    }

    /** A simulator of this process alone. */
    public static Simulator start() {
        return start(localOnly());
    }

    /**
     * {@link #start()} on a thread of its own: the actor system takes a good part of a second
     * (more on a busy machine) to start, which the caller can spend reading its input. Whoever
     * does not end up using the simulator must still close it.
     */
    public static CompletableFuture<Simulator> startInBackground() {
        CompletableFuture<Simulator> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                started.complete(start());
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "simulator-start");
        starter.setDaemon(true);
        starter.start();
        return started;
    }

    /** The simulator {@link #startInBackground} started, once it has; its failure to start is rethrown as it was thrown. */
    public static Simulator started(CompletableFuture<Simulator> starting) {
        try {
            return starting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A simulator whose actor system takes {@code config} over the defaults (a cluster node's, say). */
    public static Simulator start(Config config) {
        // The stall limit's default comes last, so -Dtickwise.stall-timeout (read by load()) can change it.
        return new Simulator(config.withFallback(simulatorDefaults()).withFallback(ConfigFactory.load())
                .withFallback(ConfigFactory.parseString("tickwise.stall-timeout = 10 minutes")));
    }

    public ActorSystem<SpawnProtocol.Command> system() {
        return system;
    }

    /**
     * A system no other node talks to starts no library extension (serialization with every
     * serializer on the class path, the receptionist): it needs none of them, and loading them
     * is about a third of its start. An extension still loads on first use.
     */
    private static Config localOnly() {
        return ConfigFactory.parseString("pekko.library-extensions = []");
    }

    /**
     * Pekko's own chatter off (the command line's output is the simulator's), and one dispatcher
     * thread per core: runs and entity actors are CPU-bound, and Pekko's default of at least
     * eight threads only adds hand-offs between threads that share the same cores.
     */
    private static Config simulatorDefaults() {
        return ConfigFactory.parseString("""
                pekko.loglevel = WARNING
                pekko.stdout-loglevel = WARNING
                pekko.log-dead-letters = off
                pekko.log-dead-letters-during-shutdown = off
                pekko.coordinated-shutdown.run-by-jvm-shutdown-hook = off
                pekko.actor.default-dispatcher.fork-join-executor.parallelism-min = 1
                pekko.actor.default-dispatcher.fork-join-executor.parallelism-factor = 1.0
                """);
    }

    public CompletionStage<List<PointOutcome>> sweep(SweepPlan plan, SweepListener listener) {
        CompletableFuture<List<PointOutcome>> done = new CompletableFuture<>();
        spawn(SweepCoordinator.create(plan, listener, done), "sweep-" + sweeps.incrementAndGet())
                .whenComplete((ref, failure) -> {
                    if (failure != null) {
                        done.completeExceptionally(failure);
                    }
                });
        return done;
    }

    /**
     * Runs a sweep and waits for it, rethrowing a failed run's cause as it was thrown; gives up
     * when no run has finished for the {@linkplain #stall() stall limit}.
     */
    public List<PointOutcome> sweepAndWait(SweepPlan plan, SweepListener listener) {
        Stall stall = stall();
        SweepListener watched = new SweepListener() {
            @Override
            public void runFinished(long finishedRuns, long totalRuns) {
                stall.progressed();
                listener.runFinished(finishedRuns, totalRuns);
            }

            @Override
            public void pointFinished(PointOutcome outcome) {
                listener.pointFinished(outcome);
            }
        };
        try {
            return stall.await(sweep(plan, watched).toCompletableFuture(), "sweep of " + plan.runs() + " runs");
        } catch (CompletionException e) {
            if (e.getCause() instanceof SweepCoordinator.SweepFailedException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
            throw e;
        }
    }

    /** Runs one simulation on a run actor and waits for its result; a failed run's cause is rethrown. */
    public <R> R run(Engine engine, Simulation<R> simulation, long seed, RunLimits limits) {
        return runWithStats(engine, simulation, seed, limits).result();
    }

    /** As {@link #run}, with how the run went: events handled, simulated end time, why it ended. */
    public <R> RunActor.Completed<R> runWithStats(Engine engine, Simulation<R> simulation, long seed, RunLimits limits) {
        return awaitRun(startRun(engine, simulation, seed, limits), "run of " + simulation.getClass().getSimpleName());
    }

    /** Starts one simulation on a run actor, to {@link #awaitRun} later: runs started together run in parallel. */
    public <R> CompletableFuture<RunActor.Completed<R>> startRun(Engine engine, Simulation<R> simulation, long seed,
                                                                RunLimits limits) {
        CompletableFuture<RunActor.Completed<R>> result = new CompletableFuture<>();
        Behavior<RunActor.Reply<R>> receiver = Behaviors.receive((context, reply) -> {
            if (reply instanceof RunActor.Completed<R> completed) {
                result.complete(completed);
            } else if (reply instanceof RunActor.Failed<R> failed) {
                result.completeExceptionally(failed.cause());
            }
            return Behaviors.stopped();
        });
        spawn(receiver, "run-" + sweeps.incrementAndGet()).whenComplete((replyTo, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                spawn(RunActor.create(engine, simulation, seed, limits, 0, replyTo), "runner-" + sweeps.incrementAndGet());
            }
        });
        return result;
    }

    /**
     * The run {@link #startRun} started, once it is over ({@code what} names it if it stalls); a
     * failed run's cause is rethrown.
     */
    public <R> RunActor.Completed<R> awaitRun(CompletableFuture<RunActor.Completed<R>> run, String what) {
        try {
            return stall().await(run, what);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    public <T> CompletionStage<ActorRef<T>> spawn(Behavior<T> behavior, String name) {
        return AskPattern.ask(system, replyTo -> new SpawnProtocol.Spawn<>(behavior, name, Props.empty(), replyTo),
                SPAWN_TIMEOUT, system.scheduler());
    }

    @Override
    public void close() {
        system.terminate();
        try {
            system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the actor system did not terminate", e);
        }
    }
}
