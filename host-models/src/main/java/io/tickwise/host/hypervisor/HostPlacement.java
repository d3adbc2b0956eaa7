package io.tickwise.host.hypervisor;

import io.tickwise.host.thread.HostThread;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.host.topology.Topology;

import java.util.SplittableRandom;

/** Where the host kernel puts a thread that becomes runnable, by the scenario's placement policy. */
final class HostPlacement {
    private final Placement policy;
    private final Topology topology;
    private final ThreadTable threads;
    private final HostRunQueues queues;

    HostPlacement(Placement policy, Topology topology, ThreadTable threads, HostRunQueues queues) {
        this.policy = policy;
        this.topology = topology;
        this.threads = threads;
        this.queues = queues;
    }

    /** The logical processor for {@code thread}, which last ran on {@code previous} (−1: never). */
    int place(int thread, int previous, SplittableRandom random) {
        HostThread t = threads.get(thread);
        if (t.pinnedTo() >= 0 || policy == Placement.PINNED) {
            return t.pinnedTo() >= 0 ? t.pinnedTo() : Math.floorMod(thread, queues.cpus());
        }
        if (policy == Placement.RANDOM) {
            int idle = queues.idleProcessor(-1, random);
            return idle >= 0 ? idle : random.nextInt(queues.cpus());
        }
        if (previous >= 0 && queues.idle(previous)) {
            return previous;
        }
        int socket = previous >= 0 ? topology.socketOf(previous) : -1;
        int core = queues.idleCore(socket, random);
        if (core < 0 && socket >= 0) {
            core = queues.idleCore(-1, random);
        }
        if (core >= 0) {
            return topology.logicalProcessor(core, 0);
        }
        int idle = queues.idleProcessor(-1, random);
        return idle >= 0 ? idle : queues.leastLoaded(random);
    }
}
