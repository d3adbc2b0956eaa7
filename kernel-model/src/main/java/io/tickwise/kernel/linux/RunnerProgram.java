package io.tickwise.kernel.linux;

import io.tickwise.engine.Context;
import io.tickwise.engine.Port;
import io.tickwise.kernel.experiment.ExperimentSetup;
import io.tickwise.kernel.experiment.Reply;
import io.tickwise.kernel.experiment.Request;
import io.tickwise.kernel.spec.SystemsSpec;

import java.util.Arrays;

/**
 * The paper's Linux program, wherever its kernel runs: a runner (thread 0) receives the
 * request, creates one task per prime count one after another (pthread_create or fork), then
 * sleeps (or, as a hypothesis, busy-waits) until they have all exited, reaps them and answers.
 * A task computes and exits; a thread past glibc's stack cache first unmaps its stack, paying
 * the TLB shootdown of the other running tasks. The kernel it runs on says how its threads get
 * on and off processors and what a shootdown costs there.
 */
final class RunnerProgram<M> {

    /** The kernel under the program: where its threads run. Thread 0 is the runner, 1..N the tasks. */
    interface Kernel<M> {

        /** A sleeping or new thread becomes runnable with {@code cycles} of work. */
        void start(int thread, double cycles, Context<M> context);

        /** A thread still on its run queue gets {@code cycles} of new work. */
        void work(int thread, double cycles, Context<M> context);

        /** A thread stays on its run queue without work: it spins. */
        void spin(int thread, Context<M> context);

        /** A thread sleeps or exits: off its run queue. */
        void leave(int thread, Context<M> context);

        /** An exiting thread unmaps its stack while {@code others} more tasks run: the cycles the shootdown costs it. */
        double unmapStackCycles(int others);
    }

    private enum Phase { SLEEPING, CREATING, SPINNING, REAPING, COMPUTING, EXITING, EXITED }

    private final ExperimentSetup setup;
    private final TaskKind kind;
    private final SystemsSpec.LinuxSpec linux;
    private final Kernel<M> kernel;
    private final Phase[] phase;
    private Port<Reply> replyTo;
    private int created;
    private int running;
    private int exited;

    RunnerProgram(ExperimentSetup setup, Kernel<M> kernel) {
        this.setup = setup;
        this.kind = TaskKind.of(setup.system());
        this.linux = setup.systems().linux();
        this.kernel = kernel;
        this.phase = new Phase[setup.tasks() + 1];
        Arrays.fill(phase, Phase.SLEEPING);
    }

    /** The request arrives: the runner wakes to create the first task. */
    void receive(Request request, Context<M> context) {
        replyTo = request.replyTo();
        phase[0] = Phase.CREATING;
        kernel.start(0, createCycles(), context);
    }

    /** Thread {@code i}'s current work is done. */
    void workDone(int i, Context<M> context) {
        switch (phase[i]) {
            case CREATING -> {
                created++;
                running++;
                phase[created] = Phase.COMPUTING;
                kernel.start(created, setup.taskCycles(), context);
                if (created < phase.length - 1) {
                    kernel.work(0, createCycles(), context);
                } else if (kind.runnerSpins(setup.guest())) {
                    phase[0] = Phase.SPINNING;
                    kernel.spin(0, context);
                } else {
                    phase[0] = Phase.SLEEPING;
                    kernel.leave(0, context);
                }
            }
            case COMPUTING -> {
                if (kind.shootsDownOnExit(linux, exited)) {
                    phase[i] = Phase.EXITING;
                    kernel.work(i, kernel.unmapStackCycles(running - 1), context);
                } else {
                    exit(i, context);
                }
            }
            case EXITING -> exit(i, context);
            case REAPING -> {
                phase[0] = Phase.EXITED;
                replyTo.send(context, new Reply(phase.length - 1),
                        setup.nanos(setup.systems().client().udpOneWayUs().value()));
                kernel.leave(0, context);
            }
            default -> throw new IllegalStateException("thread " + i + " finished work in phase " + phase[i]);
        }
    }

    private void exit(int i, Context<M> context) {
        phase[i] = Phase.EXITED;
        running--;
        exited++;
        kernel.leave(i, context);
        if (exited == phase.length - 1) {
            boolean spinning = phase[0] == Phase.SPINNING;
            phase[0] = Phase.REAPING;
            double reap = exited * setup.cycles(linux.reapUs().value());
            if (spinning) {
                kernel.work(0, reap, context);
            } else {
                kernel.start(0, reap, context);
            }
        }
    }

    private double createCycles() {
        return setup.cycles(kind.createUs(linux));
    }
}
