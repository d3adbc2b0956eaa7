package io.tickwise.phold;

import io.tickwise.engine.Context;
import io.tickwise.engine.Entity;
import io.tickwise.engine.EntityRef;
import io.tickwise.engine.RunStats;
import io.tickwise.engine.Simulation;
import io.tickwise.engine.World;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * PHOLD, the standard parallel discrete-event benchmark: {@code entities} entities start with
 * {@code population} events each; every event, when handled, schedules one more at a uniformly
 * chosen entity after {@code lookahead + Exp(mean)} nanoseconds.
 */
public final class Phold implements Simulation<Phold.Result> {

    /** PHOLD's only message. */
    public sealed interface Message permits Hop {
    }

    public record Hop() implements Message {
        static final Hop INSTANCE = new Hop();
    }

    /** Events handled, the last event's time and a digest of every entity's history. */
    public record Result(long events, long endTimeNs, long digest) {
    }

    private final int entities;
    private final int population;
    private final double meanDelayNs;
    private final long lookaheadNs;
    private final List<Node> nodes = new ArrayList<>();

    public Phold(int entities, int population, double meanDelayNs, long lookaheadNs) {
        if (entities < 1 || population < 1 || !(meanDelayNs > 0) || lookaheadNs < 0) {
            throw new IllegalArgumentException("PHOLD needs entities >= 1, population >= 1, mean delay > 0, lookahead >= 0");
        }
        this.entities = entities;
        this.population = population;
        this.meanDelayNs = meanDelayNs;
        this.lookaheadNs = lookaheadNs;
    }

    @Override
    public void build(World world) {
        List<EntityRef<Message>> refs = new ArrayList<>(entities);
        for (int i = 0; i < entities; i++) {
            Node node = new Node(refs);
            nodes.add(node);
            refs.add(world.spawn("phold-" + i, node));
        }
        SplittableRandom initialDelays = world.stream("initial-delays");
        for (EntityRef<Message> ref : refs) {
            for (int k = 0; k < population; k++) {
                world.schedule(ref, Hop.INSTANCE, delay(initialDelays.nextDouble()));
            }
        }
    }

    @Override
    public long lookaheadNs() {
        return lookaheadNs;
    }

    @Override
    public Result result(RunStats stats) {
        long digest = 17;
        for (Node node : nodes) {
            digest = digest * 31 + node.received;
            digest = digest * 31 + node.timeDigest;
        }
        return new Result(stats.events(), stats.endTimeNs(), digest);
    }

    private long delay(double uniform) {
        return lookaheadNs + (long) (-meanDelayNs * Math.log(1.0 - uniform));
    }

    private final class Node implements Entity<Message> {
        private final List<EntityRef<Message>> everyone;
        private long received;
        private long timeDigest;

        Node(List<EntityRef<Message>> everyone) {
            this.everyone = everyone;
        }

        @Override
        public void receive(Message message, Context<Message> context) {
            received++;
            timeDigest = timeDigest * 1_000_003 + context.now();
            EntityRef<Message> target = everyone.get(context.random().nextInt(everyone.size()));
            context.send(target, Hop.INSTANCE, delay(context.random().nextDouble()));
        }
    }
}
