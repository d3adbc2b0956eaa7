package io.tickwise.host.hypervisor;

import io.tickwise.host.cpu.Occupant;
import io.tickwise.host.sched.SchedDomain;
import io.tickwise.host.thread.HostThread;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.host.topology.Topology;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The host's balancing rules on hand-made run queues: two sockets of two cores of two hyperthreads. */
class HostBalancerTest {
    private static final Topology TOPOLOGY = new Topology(2, 2, 2);
    private static final HostBalancer.Domains LINUX = new HostBalancer.Domains(new SchedDomain("smt", 110, 0),
            new SchedDomain("socket", 117, 1), new SchedDomain("machine", 125, 2));

    private final ThreadTable threads = new ThreadTable();
    private final HostRunQueues queues = new HostRunQueues(TOPOLOGY);
    private final List<String> moves = new ArrayList<>();

    private void put(int lp, int count) {
        List<Occupant> queue = new ArrayList<>(queues.queue(lp));
        for (int i = 0; i < count; i++) {
            int thread = threads.add("t" + threads.size(), HostThread.Kind.TASK, null, -1, -1);
            queue.add(new Occupant(thread, Occupant.Mode.RUN, 0));
        }
        queues.set(lp, queue);
    }

    private void balance(HostBalancer balancer) {
        balancer.balance((thread, target) -> {
            moves.add(thread + "->" + target);
            for (int lp = 0; lp < queues.cpus(); lp++) {
                List<Occupant> queue = new ArrayList<>(queues.queue(lp));
                if (queue.removeIf(o -> o.thread() == thread)) {
                    queues.set(lp, queue);
                }
            }
            List<Occupant> destination = new ArrayList<>(queues.queue(target));
            destination.add(new Occupant(thread, Occupant.Mode.RUN, 0));
            queues.set(target, destination);
        });
    }

    @Test
    void aQueuedThreadIsPulledAtTheFirstAttempt() {
        put(0, 2);
        HostBalancer balancer = new HostBalancer(TOPOLOGY, threads, queues, LINUX);
        balance(balancer);
        // Thread 1 waits behind thread 0 on processor 0; socket 0's other core (processor 2) is idle.
        assertEquals(List.of("1->2"), moves);
    }

    @Test
    void aRunningSiblingMovesOnlyByActiveBalanceAfterCacheNiceTriesPlusTwoFailures() {
        put(0, 1);
        put(1, 1);
        put(4, 1);
        put(5, 1);
        put(6, 1);
        put(7, 1);
        HostBalancer balancer = new HostBalancer(TOPOLOGY, threads, queues, LINUX);
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertEquals(true, balancer.due(), "still waiting at attempt " + attempt);
            balance(balancer);
            assertEquals(List.of(), moves, "attempt " + attempt);
        }
        balance(balancer);
        assertEquals(List.of("1->2"), moves);
        assertEquals(false, balancer.due(), "nothing left to balance");
    }

    @Test
    void withNoIdleProcessorTheGapMustPassTheSpanningDomainsImbalancePct() {
        // 10 threads against 8 are worth a pull inside a socket (1000 > 117 x 8), not across
        // sockets (1000 = 125 x 8): first the longest queue is in the other socket, then in the same.
        int[] loads = {8, 8, 8, 8, 8, 8, 8, 10};
        for (int lp = 0; lp < loads.length; lp++) {
            put(lp, loads[lp]);
        }
        HostBalancer balancer = new HostBalancer(TOPOLOGY, threads, queues, LINUX);
        balance(balancer);
        assertEquals(List.of(), moves);
        assertEquals(false, balancer.due(), "a futile balance is not repeated until a queue changes");

        HostRunQueues sameSocket = new HostRunQueues(TOPOLOGY);
        ThreadTable more = new ThreadTable();
        int[] within = {10, 9, 8, 9, 9, 9, 9, 9};
        List<String> moved = new ArrayList<>();
        for (int lp = 0; lp < within.length; lp++) {
            List<Occupant> queue = new ArrayList<>();
            for (int i = 0; i < within[lp]; i++) {
                queue.add(new Occupant(more.add("u", HostThread.Kind.TASK, null, -1, -1), Occupant.Mode.RUN, 0));
            }
            sameSocket.set(lp, queue);
        }
        new HostBalancer(TOPOLOGY, more, sameSocket, LINUX).balance((thread, target) -> moved.add(thread + "->" + target));
        assertEquals(List.of("9->2"), moved);
    }
}
