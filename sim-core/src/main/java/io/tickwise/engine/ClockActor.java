package io.tickwise.engine;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

import java.util.ArrayList;
import java.util.List;

/**
 * The actors executor's conservative clock. It owns the pending events; each round it hands
 * every entity actor its events of the next instant (or, with a positive lookahead, of the
 * window [t, t + lookahead), which no message sent in that window can reach), waits for every
 * acknowledgement with the events produced, and advances. Entities of one round run in
 * parallel; each sees its own events in key order, so results equal the fused executor's.
 */
final class ClockActor extends AbstractBehavior<ClockActor.Command> {

    sealed interface Command permits Delivered {
    }

    /** An entity actor's acknowledgement of one round. */
    record Delivered(List<Event> produced, int handled, boolean stopRequested, RuntimeException failure)
            implements Command {
    }

    /** How the run ended, for whoever started it. */
    sealed interface Outcome permits Finished, Failed {
    }

    record Finished(RunStats stats) implements Outcome {
    }

    record Failed(RuntimeException cause) implements Outcome {
    }

    private final RunLimits limits;
    private final long lookaheadNs;
    private final ActorRef<Outcome> replyTo;
    private final EventQueue queue = new EventQueue();
    private final List<ActorRef<EntityActor.Command>> entities;
    private final List<List<Event>> roundByTarget;
    private final int[] touched;
    private int touchedCount;
    private int awaiting;
    private long events;
    private long lastTime;
    private boolean stopRequested;
    private RunStats.Ending limitReached;

    private ClockActor(ActorContext<Command> context, BuiltWorld world, long lookaheadNs, RunLimits limits,
                       ActorRef<Outcome> replyTo) {
        super(context);
        this.limits = limits;
        this.lookaheadNs = lookaheadNs;
        this.replyTo = replyTo;
        int population = world.cells.size();
        this.entities = new ArrayList<>(population);
        this.roundByTarget = new ArrayList<>(population);
        this.touched = new int[population];
        for (int id = 0; id < population; id++) {
            entities.add(context.spawn(EntityActor.create(world.cells.get(id)), "entity-" + id));
            roundByTarget.add(null);
        }
        world.initialEvents.forEach(queue::add);
    }

    static Behavior<Command> create(BuiltWorld world, long lookaheadNs, RunLimits limits, ActorRef<Outcome> replyTo) {
        return Behaviors.setup(context -> {
            ClockActor clock = new ClockActor(context, world, lookaheadNs, limits, replyTo);
            return clock.advance();
        });
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder().onMessage(Delivered.class, this::onDelivered).build();
    }

    private Behavior<Command> onDelivered(Delivered delivered) {
        if (delivered.failure() != null) {
            replyTo.tell(new Failed(delivered.failure()));
            return Behaviors.stopped();
        }
        delivered.produced().forEach(queue::add);
        events += delivered.handled();
        stopRequested |= delivered.stopRequested();
        return --awaiting == 0 ? advance() : this;
    }

    private Behavior<Command> advance() {
        RunStats.Ending ending = nextRound();
        if (ending != null) {
            replyTo.tell(new Finished(new RunStats(events, lastTime, ending)));
            return Behaviors.stopped();
        }
        for (int i = 0; i < touchedCount; i++) {
            int target = touched[i];
            entities.get(target).tell(new EntityActor.Deliver(roundByTarget.get(target), getContext().getSelf()));
            roundByTarget.set(target, null);
        }
        awaiting = touchedCount;
        return this;
    }

    /** Takes the next round's events off the queue and groups them by target; or says why the run is over. */
    private RunStats.Ending nextRound() {
        if (stopRequested) {
            return RunStats.Ending.STOPPED;
        }
        if (limitReached != null) {
            return limitReached;
        }
        if (queue.isEmpty()) {
            return RunStats.Ending.QUIESCENT;
        }
        Event first = queue.peek();
        if (events >= limits.maxEvents()) {
            return RunStats.Ending.EVENT_LIMIT;
        }
        if (first.time > limits.endTimeNs()) {
            return RunStats.Ending.TIME_LIMIT;
        }
        long windowEnd = lookaheadNs > 0 ? saturatingAdd(first.time, lookaheadNs) : first.time;
        long budget = limits.maxEvents() - events;
        touchedCount = 0;
        long taken = 0;
        while (!queue.isEmpty()) {
            Event next = queue.peek();
            boolean inRound = lookaheadNs > 0 ? next.time < windowEnd : next.sameInstant(first);
            if (!inRound) {
                break;
            }
            if (taken == budget) {
                limitReached = RunStats.Ending.EVENT_LIMIT;
                break;
            }
            if (next.time > limits.endTimeNs()) {
                limitReached = RunStats.Ending.TIME_LIMIT;
                break;
            }
            queue.poll();
            taken++;
            lastTime = next.time;
            List<Event> batch = roundByTarget.get(next.target);
            if (batch == null) {
                batch = new ArrayList<>(4);
                roundByTarget.set(next.target, batch);
                touched[touchedCount++] = next.target;
            }
            batch.add(next);
        }
        return null;
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < a ? Long.MAX_VALUE : sum;
    }
}
