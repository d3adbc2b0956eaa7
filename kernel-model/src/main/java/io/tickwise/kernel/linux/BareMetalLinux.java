package io.tickwise.kernel.linux;

import io.tickwise.engine.Context;
import io.tickwise.engine.Entity;
import io.tickwise.engine.EntityRef;
import io.tickwise.engine.Port;
import io.tickwise.engine.World;
import io.tickwise.host.HostMeasurements;
import io.tickwise.host.hypervisor.Hypervisor;
import io.tickwise.host.hypervisor.ThreadSpread;
import io.tickwise.host.thread.HostThread;
import io.tickwise.host.thread.Executions;
import io.tickwise.host.thread.RatesChanged;
import io.tickwise.host.thread.ThreadRate;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.kernel.experiment.ExperimentSetup;
import io.tickwise.kernel.experiment.Reply;
import io.tickwise.kernel.experiment.Request;
import io.tickwise.kernel.experiment.SystemModel;
import io.tickwise.kernel.spec.SystemsSpec;

import java.util.Arrays;
import java.util.List;

/**
 * Ubuntu on the bare host: a runner process receives the request, creates one task per prime
 * count (pthread_create or fork, one after another), sleeps (or, as a hypothesis, busy-waits)
 * until they have all exited, reaps them and answers. Tasks are host threads, scheduled by the
 * host kernel directly.
 */
public final class BareMetalLinux implements SystemModel {
    private final ExperimentSetup setup;
    private final TaskKind kind;
    private Runner runner;
    private int[] hostThreads;

    public BareMetalLinux(ExperimentSetup setup) {
        this.setup = setup;
        this.kind = TaskKind.of(setup.system());
    }

    @Override
    public List<Server> build(World world, ThreadTable threads) {
        runner = new Runner(setup.tasks());
        EntityRef<Runner.Message> ref = world.spawn("runner", runner);
        Port<RatesChanged> owner = Port.of(ref, Runner.Rates::new);
        int lps = setup.host().logicalProcessors();
        hostThreads = new int[setup.tasks() + 1];
        hostThreads[0] = threads.add("runner", HostThread.Kind.TASK, owner, -1,
                world.stream(ThreadSpread.STREAM).nextInt(lps));
        for (int i = 1; i <= setup.tasks(); i++) {
            hostThreads[i] = threads.add("task-" + i, HostThread.Kind.TASK, owner, -1, -1);
        }
        return List.of(new Server(Port.of(ref, Runner.Incoming::new), setup.tasks()));
    }

    @Override
    public void wire(EntityRef<Hypervisor.Message> hypervisor) {
        runner.hypervisor = hypervisor;
    }

    @Override
    public long ticks(HostMeasurements host) {
        return host.processTicks(hostThreads);
    }

    private enum Phase { SLEEPING, CREATING, SPINNING, REAPING, COMPUTING, EXITING, EXITED }

    /** The runner process and its tasks: owner of their host threads (index 0 is the runner). */
    private final class Runner implements Entity<Runner.Message> {

        sealed interface Message permits Incoming, Rates, Check {
        }

        record Incoming(Request request) implements Message {
        }

        record Rates(RatesChanged change) implements Message {
        }

        /** Time to see whether task {@code index}'s current phase (0: the runner's) is done. */
        record Check(int index) implements Message {
        }

        private final Phase[] phase;
        private final Executions<Message> work;
        private final SystemsSpec.LinuxSpec linux = setup.systems().linux();
        private EntityRef<Hypervisor.Message> hypervisor;
        private Port<Reply> replyTo;
        private int created;
        private int running;
        private int exited;

        Runner(int tasks) {
            phase = new Phase[tasks + 1];
            work = new Executions<>(tasks + 1, Check::new);
            Arrays.fill(phase, Phase.SLEEPING);
        }

        @Override
        public void receive(Message message, Context<Message> context) {
            if (message instanceof Incoming incoming) {
                replyTo = incoming.request().replyTo();
                enter(0, Phase.CREATING, setup.cycles(kind.createUs(linux)), context);
                context.send(hypervisor, new Hypervisor.Wake(hostThreads[0]), 0);
            } else if (message instanceof Rates rates) {
                for (ThreadRate r : rates.change().rates()) {
                    work.rate(r.thread() - hostThreads[0], r.cyclesPerNs(), context);
                }
            } else if (message instanceof Check check) {
                if (work.done(check.index(), context)) {
                    advance(check.index(), context);
                }
            } else {
                throw new IllegalStateException("unhandled message " + message.getClass().getSimpleName());
            }
        }

        private void enter(int i, Phase next, double cycles, Context<Message> context) {
            phase[i] = next;
            work.run(i, cycles, context);
        }

        private void advance(int i, Context<Message> context) {
            switch (phase[i]) {
                case CREATING -> {
                    created++;
                    running++;
                    enter(created, Phase.COMPUTING, setup.taskCycles(), context);
                    context.send(hypervisor, new Hypervisor.Wake(hostThreads[created]), 0);
                    if (created < phase.length - 1) {
                        enter(0, Phase.CREATING, setup.cycles(kind.createUs(linux)), context);
                    } else if (kind.runnerSpins(setup.guest())) {
                        phase[0] = Phase.SPINNING;
                        work.stop(0, context.now());
                    } else {
                        phase[0] = Phase.SLEEPING;
                        context.send(hypervisor, new Hypervisor.Exit(hostThreads[0]), 0);
                    }
                }
                case COMPUTING -> {
                    if (kind.shootsDownOnExit(linux, exited)) {
                        enter(i, Phase.EXITING, (running - 1) * setup.cycles(linux.nativeIpiUs().value()), context);
                    } else {
                        exit(i, context);
                    }
                }
                case EXITING -> exit(i, context);
                case REAPING -> {
                    phase[0] = Phase.EXITED;
                    replyTo.send(context, new Reply(phase.length - 1),
                            setup.nanos(setup.systems().client().udpOneWayUs().value()));
                    context.send(hypervisor, new Hypervisor.Exit(hostThreads[0]), 0);
                }
                default -> throw new IllegalStateException("task " + i + " finished work in phase " + phase[i]);
            }
        }

        private void exit(int i, Context<Message> context) {
            phase[i] = Phase.EXITED;
            running--;
            exited++;
            context.send(hypervisor, new Hypervisor.Exit(hostThreads[i]), 0);
            if (exited == phase.length - 1) {
                enter(0, Phase.REAPING, exited * setup.cycles(linux.reapUs().value()), context);
                context.send(hypervisor, new Hypervisor.Wake(hostThreads[0]), 0);
            }
        }
    }
}
