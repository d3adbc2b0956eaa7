package io.tickwise.host.sched;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How many runnable entities each CPU of one scheduler has queued: the view that fork
 * placement and load balancing share, whether the CPUs are a host's logical processors or a
 * guest's vCPUs.
 */
public interface RunQueueLoads {

    int cpus();

    int load(int cpu);

    /**
     * Fork balancing's last resort: one of the least loaded CPUs, uniformly at random. Two scans
     * (the least load and how many carry it, then the chosen one) rather than a list of the
     * candidates: it runs at every fork, and the draw is the same.
     */
    default int leastLoaded(SplittableRandom random) {
        int min = Integer.MAX_VALUE;
        int count = 0;
        for (int cpu = 0; cpu < cpus(); cpu++) {
            int load = load(cpu);
            if (load < min) {
                min = load;
                count = 0;
            }
            if (load == min) {
                count++;
            }
        }
        int pick = random.nextInt(count);
        for (int cpu = 0; cpu < cpus(); cpu++) {
            if (load(cpu) == min && pick-- == 0) {
                return cpu;
            }
        }
        throw new IllegalStateException("the least loaded CPUs changed while one was drawn");
    }

    /** The first CPU with the longest queue. */
    default int busiest() {
        int busiest = 0;
        for (int cpu = 1; cpu < cpus(); cpu++) {
            if (load(cpu) > load(busiest)) {
                busiest = cpu;
            }
        }
        return busiest;
    }

    /** The first CPU with the shortest queue. */
    default int idlest() {
        int idlest = 0;
        for (int cpu = 1; cpu < cpus(); cpu++) {
            if (load(cpu) < load(idlest)) {
                idlest = cpu;
            }
        }
        return idlest;
    }

    /** The loads of a list of run queues, whatever they hold. */
    static RunQueueLoads of(List<? extends List<?>> queues) {
        return new RunQueueLoads() {
            @Override
            public int cpus() {
                return queues.size();
            }

            @Override
            public int load(int cpu) {
                return queues.get(cpu).size();
            }
        };
    }
}
