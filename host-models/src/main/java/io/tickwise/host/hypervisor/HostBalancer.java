package io.tickwise.host.hypervisor;

import io.tickwise.host.cpu.Occupant;
import io.tickwise.host.sched.BalanceFailures;
import io.tickwise.host.sched.SchedDomain;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.host.topology.Topology;

import java.util.List;

/**
 * The host kernel's periodic load balancing, at most one migration per socket per interval:
 * an idle core of the socket pulls a thread from a processor that is shared, or else from a
 * core whose siblings are both busy — in its own socket first, then from any socket. A queued
 * thread is pulled at once; a running one (the only thread of a busy sibling) only by active
 * balance, after the domain's failed attempts exceed cache_nice_tries + 2. With no idle
 * processor, the longest queue gives one thread to the shortest when the domain spanning both
 * finds the gap worth it (imbalance_pct).
 */
final class HostBalancer {

    /** Moves a thread to another logical processor. */
    interface Migrator {
        void migrate(int thread, int target);
    }

    /** Linux's domains over the host's processors, from the innermost. */
    record Domains(SchedDomain smt, SchedDomain socket, SchedDomain machine) {
    }

    private record Candidate(int thread, boolean running) {
    }

    private final Topology topology;
    private final ThreadTable threads;
    private final HostRunQueues queues;
    private final Domains domains;
    private final BalanceFailures[] withinSocket;
    private final BalanceFailures[] acrossSockets;
    private boolean futile;

    HostBalancer(Topology topology, ThreadTable threads, HostRunQueues queues, Domains domains) {
        this.topology = topology;
        this.threads = threads;
        this.queues = queues;
        this.domains = domains;
        this.withinSocket = new BalanceFailures[topology.sockets()];
        this.acrossSockets = new BalanceFailures[topology.sockets()];
        for (int s = 0; s < topology.sockets(); s++) {
            withinSocket[s] = new BalanceFailures(domains.socket());
            acrossSockets[s] = new BalanceFailures(domains.machine());
        }
    }

    /**
     * A queue changed: a balance may find something new. The last balance found nothing to
     * move and was waiting for nothing; until a queue changes, another would find nothing either.
     */
    void queuesChanged() {
        futile = false;
    }

    /** Whether a balance is worth scheduling. */
    boolean due() {
        if (futile) {
            return false;
        }
        if (!queues.anyIdleProcessor()) {
            return queues.loads().maxLoad() - queues.loads().minLoad() >= 2;
        }
        return queues.anySharedProcessor() || queues.siblingsCollide();
    }

    void balance(Migrator migrator) {
        boolean moved = false;
        boolean waiting = false;
        for (int socket = 0; socket < topology.sockets(); socket++) {
            int idleLp = queues.idleProcessor(socket, null);
            if (idleLp < 0) {
                continue;
            }
            int idleCore = queues.idleCore(socket, null);
            Candidate victim = pickVictim(socket, idleCore >= 0);
            BalanceFailures failures = withinSocket[socket];
            if (victim == null) {
                failures.settled();
                victim = pickVictim(-1, idleCore >= 0);
                failures = acrossSockets[socket];
            }
            if (victim == null) {
                failures.settled();
                continue;
            }
            if (victim.running() && !failures.activeBalanceDue()) {
                waiting = true;
                continue;
            }
            if (!victim.running()) {
                failures.settled();
            }
            migrator.migrate(victim.thread(), idleCore >= 0 ? topology.logicalProcessor(idleCore, 0) : idleLp);
            moved = true;
        }
        if (!moved && !waiting && !queues.anyIdleProcessor()) {
            moved = evenOut(migrator);
        }
        futile = !moved && !waiting;
    }

    /** Moves one thread from the longest queue to the shortest when the domain spanning both finds the gap worth it. */
    private boolean evenOut(Migrator migrator) {
        int busiest = queues.busiest();
        int idlest = queues.idlest();
        int victim = spanning(busiest, idlest).worthPulling(queues.load(busiest), queues.load(idlest))
                ? movable(queues.queue(busiest)) : -1;
        if (victim < 0) {
            return false;
        }
        migrator.migrate(victim, idlest);
        return true;
    }

    private SchedDomain spanning(int lp, int other) {
        if (topology.coreOf(lp) == topology.coreOf(other)) {
            return domains.smt();
        }
        return topology.socketOf(lp) == topology.socketOf(other) ? domains.socket() : domains.machine();
    }

    /** A thread worth moving: a queued one on a shared processor, or (if a whole core is idle) a running one whose sibling is busy. */
    private Candidate pickVictim(int socket, boolean wholeCoreIdle) {
        int shared = queues.firstSharedProcessor(socket);
        if (shared >= 0) {
            int thread = movable(queues.queue(shared));
            return thread < 0 ? null : new Candidate(thread, false);
        }
        if (!wholeCoreIdle || topology.threadsPerCore() < 2) {
            return null;
        }
        int core = queues.firstCrowdedCore(socket);
        if (core < 0) {
            return null;
        }
        int thread = movable(queues.queue(topology.logicalProcessor(core, topology.threadsPerCore() - 1)));
        return thread < 0 ? null : new Candidate(thread, true);
    }

    private int movable(List<Occupant> queue) {
        for (int i = queue.size() - 1; i >= 0; i--) {
            Occupant o = queue.get(i);
            if (o.mode() == Occupant.Mode.RUN && threads.get(o.thread()).pinnedTo() < 0) {
                return o.thread();
            }
        }
        return -1;
    }
}
