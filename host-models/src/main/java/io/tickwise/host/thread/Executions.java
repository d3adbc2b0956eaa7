package io.tickwise.host.thread;

import io.tickwise.engine.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The execution service of one owner's threads, as SimGrid's exec activities: "run this many
 * cycles on this thread, tell me when it is done". It keeps each thread's work and rate,
 * predicts when the work ends and sends the owner one check for that moment; a rate change
 * sends another only when it makes the work end earlier than the check already on its way,
 * and a check that comes early (the rate fell) is sent again for the new end. The owner sees
 * only whether a thread's work is done.
 */
public final class Executions<M> {
    private final Progress[] progress;
    /** Thread i's check, made once: it carries only i, and a run sends several per thread. */
    private final List<M> checks;

    /** {@code check} makes the owner's message that asks whether thread i's work is done. */
    public Executions(int threads, IntFunction<M> check) {
        this.progress = new Progress[threads];
        List<M> made = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            progress[i] = new Progress();
            made.add(check.apply(i));
        }
        this.checks = made;
    }

    /** Thread i runs {@code cycles} of work from now, at the rate it last had. */
    public void run(int i, double cycles, Context<M> context) {
        progress[i].assign(context.now(), cycles);
        expectEnd(i, context);
    }

    /** Thread i gets {@code cycles} of work whose rate the owner sets next, which predicts its end. */
    public void give(int i, double cycles, long now) {
        progress[i].assign(now, cycles);
    }

    /** Thread i has no work (it waits, spins or sleeps): checks that arrive find nothing done. */
    public void stop(int i, long now) {
        progress[i].stop(now);
    }

    /** Thread i runs at {@code cyclesPerNs} from now. */
    public void rate(int i, double cyclesPerNs, Context<M> context) {
        progress[i].rate(context.now(), cyclesPerNs);
        expectEnd(i, context);
    }

    /** Thread i is off its processor for a moment: no progress, and its owner sets the next rate. */
    public void hold(int i, long now) {
        progress[i].rate(now, 0);
    }

    /** The owner's check for thread i arrived: true, once, if its work is done; otherwise it is asked again for the predicted end. */
    public boolean done(int i, Context<M> context) {
        if (progress[i].completes(context.now())) {
            return true;
        }
        expectEnd(i, context);
        return false;
    }

    public double remainingCycles(int i, long now) {
        return progress[i].remainingCycles(now);
    }

    private void expectEnd(int i, Context<M> context) {
        long in = progress[i].checkIn(context.now());
        if (in >= 0) {
            context.sendSelf(checks.get(i), in);
        }
    }
}
