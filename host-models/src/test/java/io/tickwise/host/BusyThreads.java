package io.tickwise.host;

import io.tickwise.engine.Context;
import io.tickwise.engine.Entity;
import io.tickwise.engine.EntityRef;
import io.tickwise.engine.RunStats;
import io.tickwise.engine.Simulation;
import io.tickwise.engine.World;
import io.tickwise.host.hypervisor.Hypervisor;
import io.tickwise.host.spec.HostSpec;
import io.tickwise.host.thread.HostThread;
import io.tickwise.host.thread.Progress;
import io.tickwise.host.thread.RatesChanged;
import io.tickwise.engine.Port;
import io.tickwise.host.thread.ThreadRate;
import io.tickwise.host.thread.ThreadTable;

import java.util.ArrayList;
import java.util.List;

/**
 * A test workload on a host: threads that each become runnable at a start time with some
 * cycles of CPU-bound work and exit when done. Records when each finished and the rates it saw.
 */
final class BusyThreads implements Simulation<BusyThreads.Outcome> {

    /**
     * One thread: when it starts, how many cycles it needs, where it is pinned (−1: free), whether
     * it is a vCPU, and where it last ran before the run (−1: never).
     */
    record Job(long startNs, double cycles, int pinnedTo, HostThread.Kind kind, int lastRanOn) {
        Job(long startNs, double cycles, int pinnedTo) {
            this(startNs, cycles, pinnedTo, HostThread.Kind.TASK, -1);
        }

        Job(long startNs, double cycles, int pinnedTo, HostThread.Kind kind) {
            this(startNs, cycles, pinnedTo, kind, -1);
        }
    }

    record Outcome(long[] finishedAt, List<List<Double>> ratesSeen, HostMeasurements host, RunStats stats) {
    }

    sealed interface Message permits Start, Rates, Check {
    }

    record Start(int job) implements Message {
    }

    record Rates(RatesChanged change) implements Message {
    }

    record Check(int job) implements Message {
    }

    private final HostSpec spec;
    private final HostOptions options;
    private final List<Job> jobs;
    private final long measureUntilNs;
    private HostModel host;
    private Owner owner;

    BusyThreads(HostSpec spec, HostOptions options, List<Job> jobs, long measureUntilNs) {
        this.spec = spec;
        this.options = options;
        this.jobs = List.copyOf(jobs);
        this.measureUntilNs = measureUntilNs;
    }

    @Override
    public void build(World world) {
        owner = new Owner();
        EntityRef<Message> ref = world.spawn("workload", owner);
        ThreadTable threads = new ThreadTable();
        Port<RatesChanged> threadOwner = Port.of(ref, Rates::new);
        for (int i = 0; i < jobs.size(); i++) {
            threads.add("job-" + i, jobs.get(i).kind(), threadOwner, jobs.get(i).pinnedTo(), jobs.get(i).lastRanOn());
        }
        host = HostModel.build(world, spec, options, threads);
        owner.hypervisor = host.hypervisor();
        for (int i = 0; i < jobs.size(); i++) {
            world.schedule(ref, new Start(i), jobs.get(i).startNs());
        }
    }

    @Override
    public Outcome result(RunStats stats) {
        return new Outcome(owner.finishedAt, owner.ratesSeen, host.measure(measureUntilNs), stats);
    }

    private final class Owner implements Entity<Message> {
        EntityRef<Hypervisor.Message> hypervisor;
        final Progress[] progress = new Progress[jobs.size()];
        final long[] finishedAt = new long[jobs.size()];
        final List<List<Double>> ratesSeen = new ArrayList<>();

        Owner() {
            for (int i = 0; i < jobs.size(); i++) {
                progress[i] = new Progress();
                ratesSeen.add(new ArrayList<>());
            }
        }

        @Override
        public void receive(Message message, Context<Message> context) {
            long now = context.now();
            if (message instanceof Start start) {
                progress[start.job()].assign(now, jobs.get(start.job()).cycles());
                context.send(hypervisor, new Hypervisor.Wake(start.job()), 0);
            } else if (message instanceof Rates rates) {
                for (ThreadRate r : rates.change().rates()) {
                    if (finishedAt[r.thread()] > 0) {
                        continue;
                    }
                    progress[r.thread()].rate(now, r.cyclesPerNs());
                    ratesSeen.get(r.thread()).add(r.cyclesPerNs());
                    scheduleCheck(r.thread(), context);
                }
            } else if (message instanceof Check check) {
                if (progress[check.job()].completes(now)) {
                    finishedAt[check.job()] = now;
                    context.send(hypervisor, new Hypervisor.Exit(check.job()), 0);
                } else {
                    scheduleCheck(check.job(), context);
                }
            }
        }

        private void scheduleCheck(int job, Context<Message> context) {
            long in = progress[job].checkIn(context.now());
            if (in >= 0) {
                context.sendSelf(new Check(job), in);
            }
        }
    }
}
