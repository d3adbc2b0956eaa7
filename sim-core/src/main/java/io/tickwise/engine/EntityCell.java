package io.tickwise.engine;

import java.util.SplittableRandom;

/**
 * The engine's side of one entity: its clock, its send sequence and its random stream. The
 * same cell class serves both executors, so an entity produces the same events, with the same
 * keys, whichever executor hands it its messages.
 */
final class EntityCell<M> implements Context<M> {
    private final EntityRef<M> self;
    private final Entity<M> entity;
    private final SplittableRandom random;
    private final long lookaheadNs;
    private final int population;
    private EventSink sink;
    private long now;
    private int delta;
    private long sequence;
    private boolean stopRequested;

    EntityCell(EntityRef<M> self, Entity<M> entity, SplittableRandom random, long lookaheadNs, int population) {
        this.self = self;
        this.entity = entity;
        this.random = random;
        this.lookaheadNs = lookaheadNs;
        this.population = population;
    }

    void sendTo(EventSink sink) {
        this.sink = sink;
    }

    @SuppressWarnings("unchecked")
    void deliver(Event event) {
        now = event.time;
        delta = event.delta;
        try {
            entity.receive((M) event.message, this);
        } catch (CausalityException e) {
            throw e;
        } catch (Throwable e) {
            throw ModelFailure.inEntity(self, now, e);
        }
    }

    boolean takeStopRequest() {
        boolean requested = stopRequested;
        stopRequested = false;
        return requested;
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public EntityRef<M> self() {
        return self;
    }

    @Override
    public <T> void send(EntityRef<T> to, T message, long delayNs) {
        if (delayNs < 0) {
            throw new CausalityException(self + " at t=" + now + " ns sent " + message + " to " + to
                    + " with delay " + delayNs + " ns, into the past");
        }
        if (delayNs < lookaheadNs) {
            throw new CausalityException(self + " at t=" + now + " ns sent " + message + " to " + to
                    + " with delay " + delayNs + " ns, below the declared lookahead of " + lookaheadNs + " ns");
        }
        if (delayNs > Long.MAX_VALUE - now) {
            throw new CausalityException(self + " at t=" + now + " ns sent " + message + " beyond the end of time");
        }
        if (to.id() < 0 || to.id() >= population) {
            throw new IllegalArgumentException(self + " sent " + message + " to unknown entity " + to);
        }
        int messageDelta = delayNs == 0 ? delta + 1 : 0;
        sink.accept(now + delayNs, messageDelta, self.id(), sequence++, to.id(), message);
    }

    @Override
    public SplittableRandom random() {
        return random;
    }

    @Override
    public void stopRun() {
        if (lookaheadNs > 0) {
            throw new IllegalStateException(self + " asked to stop a run with lookahead " + lookaheadNs
                    + " ns; only zero-lookahead simulations may stop themselves");
        }
        stopRequested = true;
    }
}
