package io.tickwise.sweep;

import io.tickwise.engine.Engine;
import io.tickwise.engine.RunActor;
import io.tickwise.engine.RunLimits;
import io.tickwise.engine.Runner;
import io.tickwise.engine.Simulation;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.ActorContext;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * An actor's {@link Runner}s, one per run it may have in flight: each run goes to an idle one,
 * and the runner is idle again when the run's reply, which names it by its tag, comes back.
 */
public final class RunnerPool {
    private final ArrayDeque<ActorRef<Runner.Command>> idle = new ArrayDeque<>();
    private final Map<Long, ActorRef<Runner.Command>> busy = new HashMap<>();

    /** Spawns {@code size} runners as children of {@code context}'s actor. */
    public RunnerPool(ActorContext<?> context, int size) {
        for (int i = 0; i < size; i++) {
            idle.add(context.spawn(Runner.create(), "runner-" + i));
        }
    }

    public boolean hasIdle() {
        return !idle.isEmpty();
    }

    public int running() {
        return busy.size();
    }

    public boolean isRunning(long tag) {
        return busy.containsKey(tag);
    }

    /** Starts the run {@code tag} on an idle runner; there must be one, and no run of that tag in flight. */
    public <R> void start(Engine engine, Simulation<R> simulation, long seed, RunLimits limits, long tag,
                          ActorRef<RunActor.Reply<R>> replyTo) {
        if (idle.isEmpty() || busy.containsKey(tag)) {
            throw new IllegalStateException(idle.isEmpty() ? "no idle runner" : "run " + tag + " is already in flight");
        }
        ActorRef<Runner.Command> runner = idle.removeFirst();
        busy.put(tag, runner);
        runner.tell(new Runner.Run<>(engine, simulation, seed, limits, tag, replyTo));
    }

    /** The run {@code tag} replied: its runner is idle again. */
    public void finished(long tag) {
        ActorRef<Runner.Command> runner = busy.remove(tag);
        if (runner != null) {
            idle.addLast(runner);
        }
    }
}
