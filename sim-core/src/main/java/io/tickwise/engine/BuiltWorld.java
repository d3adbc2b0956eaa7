package io.tickwise.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A simulation's entities and initial messages, built identically for either executor: cells
 * get their random streams split from the run's seed in spawn order; named streams of sources
 * of randomness come from the seed and their names.
 */
final class BuiltWorld {
    final List<EntityCell<?>> cells;
    final List<Event> initialEvents;

    private BuiltWorld(List<EntityCell<?>> cells, List<Event> initialEvents) {
        this.cells = cells;
        this.initialEvents = initialEvents;
    }

    static BuiltWorld build(Simulation<?> simulation, long seed) {
        Builder builder = new Builder(new SplittableRandom(seed), new RandomStreams(seed), simulation.lookaheadNs());
        simulation.build(builder);
        return builder.finish();
    }

    private static final class Builder implements World {
        private final SplittableRandom random;
        private final RandomStreams streams;
        private final long lookaheadNs;
        private final List<PendingCell<?>> pending = new ArrayList<>();
        private final List<Event> initial = new ArrayList<>();
        private boolean finished;

        Builder(SplittableRandom random, RandomStreams streams, long lookaheadNs) {
            if (lookaheadNs < 0) {
                throw new IllegalArgumentException("lookahead must be >= 0, was " + lookaheadNs);
            }
            this.random = random;
            this.streams = streams;
            this.lookaheadNs = lookaheadNs;
        }

        @Override
        public <M> EntityRef<M> spawn(String name, Entity<M> entity) {
            checkOpen();
            EntityRef<M> ref = new EntityRef<>(pending.size(), name);
            pending.add(new PendingCell<>(ref, entity, random.split()));
            return ref;
        }

        @Override
        public <M> void schedule(EntityRef<M> to, M message, long atNs) {
            checkOpen();
            if (atNs < 0) {
                throw new CausalityException("initial message " + message + " to " + to + " at negative time " + atNs);
            }
            if (to.id() < 0 || to.id() >= pending.size()) {
                throw new IllegalArgumentException("initial message " + message + " to unknown entity " + to);
            }
            initial.add(new Event(atNs, 0, Event.OUTSIDE, initial.size(), to.id(), message));
        }

        @Override
        public SplittableRandom stream(String source) {
            checkOpen();
            return streams.take(source);
        }

        private void checkOpen() {
            if (finished) {
                throw new IllegalStateException("the world is built; entities spawn only while building");
            }
        }

        BuiltWorld finish() {
            finished = true;
            List<EntityCell<?>> cells = new ArrayList<>(pending.size());
            for (PendingCell<?> p : pending) {
                cells.add(p.toCell(lookaheadNs, pending.size()));
            }
            return new BuiltWorld(List.copyOf(cells), List.copyOf(initial));
        }
    }

    private record PendingCell<M>(EntityRef<M> ref, Entity<M> entity, SplittableRandom random) {
        EntityCell<M> toCell(long lookaheadNs, int population) {
            return new EntityCell<>(ref, entity, random, lookaheadNs, population);
        }
    }
}
