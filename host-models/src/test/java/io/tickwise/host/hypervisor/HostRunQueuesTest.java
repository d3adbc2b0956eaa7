package io.tickwise.host.hypervisor;

import io.tickwise.host.cpu.Occupant;
import io.tickwise.host.topology.Topology;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The searches that the host's sets of idle, shared and crowded processors and cores answer give
 * what a scan of every processor gives, and draw the same random numbers, through random
 * enqueues and dequeues on three sockets of four cores of two hyperthreads.
 */
class HostRunQueuesTest {
    private static final Topology TOPOLOGY = new Topology(3, 4, 2);

    private final HostRunQueues queues = new HostRunQueues(TOPOLOGY);
    private final int[] loads = new int[TOPOLOGY.logicalProcessors()];

    @Test
    void indexedSearchesAgreeWithScansOfEveryProcessor() {
        SplittableRandom changes = new SplittableRandom(7);
        int thread = 0;
        for (int step = 0; step < 3_000; step++) {
            int lp = changes.nextInt(loads.length);
            int load = Math.max(0, loads[lp] + (changes.nextBoolean() ? 1 : -1));
            List<Occupant> queue = new ArrayList<>();
            for (int i = 0; i < load; i++) {
                queue.add(new Occupant(thread++, Occupant.Mode.RUN, 0));
            }
            queues.set(lp, queue);
            loads[lp] = load;
            for (int socket = -1; socket < TOPOLOGY.sockets(); socket++) {
                long seed = changes.nextLong();
                assertEquals(scanIdleProcessor(socket, new SplittableRandom(seed)),
                        queues.idleProcessor(socket, new SplittableRandom(seed)), "idle processor, socket " + socket);
                assertEquals(scanIdleCore(socket, new SplittableRandom(seed)),
                        queues.idleCore(socket, new SplittableRandom(seed)), "idle core, socket " + socket);
                assertEquals(scanIdleProcessor(socket, null), queues.idleProcessor(socket, null));
                assertEquals(scanIdleCore(socket, null), queues.idleCore(socket, null));
                assertEquals(scanFirst(socket, true), queues.firstSharedProcessor(socket), "shared, socket " + socket);
                assertEquals(scanFirst(socket, false), queues.firstCrowdedCore(socket), "crowded, socket " + socket);
            }
        }
    }

    private boolean inSocket(int lp, int socket) {
        return socket < 0 || TOPOLOGY.socketOf(lp) == socket;
    }

    private int busySiblings(int core) {
        int busy = 0;
        for (int t = 0; t < TOPOLOGY.threadsPerCore(); t++) {
            busy += loads[TOPOLOGY.logicalProcessor(core, t)] > 0 ? 1 : 0;
        }
        return busy;
    }

    private int scanIdleProcessor(int socket, SplittableRandom random) {
        List<Integer> idle = new ArrayList<>();
        for (int lp = 0; lp < loads.length; lp++) {
            if (inSocket(lp, socket) && loads[lp] == 0) {
                idle.add(lp);
            }
        }
        return idle.isEmpty() ? -1 : idle.get(random == null ? 0 : random.nextInt(idle.size()));
    }

    private int scanIdleCore(int socket, SplittableRandom random) {
        List<Integer> idle = new ArrayList<>();
        for (int core = 0; core < TOPOLOGY.physicalCores(); core++) {
            if ((socket < 0 || TOPOLOGY.socketOfCore(core) == socket) && busySiblings(core) == 0) {
                idle.add(core);
            }
        }
        return idle.isEmpty() ? -1 : idle.get(random == null ? 0 : random.nextInt(idle.size()));
    }

    /** The first shared processor ({@code processors}) or crowded core of the socket, by a scan. */
    private int scanFirst(int socket, boolean processors) {
        if (processors) {
            for (int lp = 0; lp < loads.length; lp++) {
                if (inSocket(lp, socket) && loads[lp] > 1) {
                    return lp;
                }
            }
            return -1;
        }
        for (int core = 0; core < TOPOLOGY.physicalCores(); core++) {
            if ((socket < 0 || TOPOLOGY.socketOfCore(core) == socket) && busySiblings(core) > 1) {
                return core;
            }
        }
        return -1;
    }
}
