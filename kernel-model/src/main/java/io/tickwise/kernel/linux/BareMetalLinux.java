package io.tickwise.kernel.linux;

import io.tickwise.engine.Context;
import io.tickwise.engine.Entity;
import io.tickwise.engine.EntityRef;
import io.tickwise.engine.Port;
import io.tickwise.engine.World;
import io.tickwise.host.HostMeasurements;
import io.tickwise.host.hypervisor.Hypervisor;
import io.tickwise.host.hypervisor.ThreadSpread;
import io.tickwise.host.thread.Executions;
import io.tickwise.host.thread.HostThread;
import io.tickwise.host.thread.RatesChanged;
import io.tickwise.host.thread.ThreadRate;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.kernel.experiment.ExperimentSetup;
import io.tickwise.kernel.experiment.Request;
import io.tickwise.kernel.experiment.SystemModel;

import java.util.List;

/**
 * Ubuntu on the bare host: the paper's program (a runner creating one task per prime count,
 * see {@link RunnerProgram}) whose runner and tasks are host threads, scheduled by the host
 * kernel directly.
 */
public final class BareMetalLinux implements SystemModel {
    private final ExperimentSetup setup;
    private Runner runner;
    private int[] hostThreads;

    public BareMetalLinux(ExperimentSetup setup) {
        this.setup = setup;
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

    /** The runner process and its tasks as host threads: the program's kernel is the host's (index 0 is the runner). */
    private final class Runner implements Entity<Runner.Message>, RunnerProgram.Kernel<Runner.Message> {

        sealed interface Message permits Incoming, Rates, Check {
        }

        record Incoming(Request request) implements Message {
        }

        record Rates(RatesChanged change) implements Message {
        }

        /** Time to see whether thread {@code index}'s current work (0: the runner's) is done. */
        record Check(int index) implements Message {
        }

        private final Executions<Message> executions;
        private final RunnerProgram<Message> program;
        private EntityRef<Hypervisor.Message> hypervisor;

        Runner(int tasks) {
            executions = new Executions<>(tasks + 1, Check::new);
            program = new RunnerProgram<>(setup, this);
        }

        @Override
        public void receive(Message message, Context<Message> context) {
            if (message instanceof Incoming incoming) {
                program.receive(incoming.request(), context);
            } else if (message instanceof Rates rates) {
                for (ThreadRate r : rates.change().rates()) {
                    executions.rate(r.thread() - hostThreads[0], r.cyclesPerNs(), context);
                }
            } else if (message instanceof Check check) {
                if (executions.done(check.index(), context)) {
                    program.workDone(check.index(), context);
                }
            } else {
                throw new IllegalStateException("unhandled message " + message.getClass().getSimpleName());
            }
        }

        @Override
        public void start(int thread, double cycles, Context<Message> context) {
            executions.run(thread, cycles, context);
            context.send(hypervisor, new Hypervisor.Wake(hostThreads[thread]), 0);
        }

        @Override
        public void work(int thread, double cycles, Context<Message> context) {
            executions.run(thread, cycles, context);
        }

        @Override
        public void spin(int thread, Context<Message> context) {
            executions.stop(thread, context.now());
        }

        @Override
        public void leave(int thread, Context<Message> context) {
            executions.stop(thread, context.now());
            context.send(hypervisor, new Hypervisor.Exit(hostThreads[thread]), 0);
        }

        /** The flush IPIs to the other tasks' processors, each a native IPI. */
        @Override
        public double unmapStackCycles(int others) {
            return others * setup.cycles(setup.systems().linux().nativeIpiUs().value());
        }
    }
}
