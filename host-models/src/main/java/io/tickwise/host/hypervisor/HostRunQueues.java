package io.tickwise.host.hypervisor;

import io.tickwise.host.cpu.Occupant;
import io.tickwise.host.sched.CpusByLoad;
import io.tickwise.host.sched.LoadHistogram;
import io.tickwise.host.sched.RunQueueLoads;
import io.tickwise.host.topology.Topology;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The host's run queue of every logical processor, with the counts that tell placement and
 * balancing at once where idle processors and idle or fully busy cores are, and the sets of
 * idle and shared processors and of idle and crowded cores, so that a search for the first (or
 * a random) one of them visits those only, not every processor of the host.
 */
final class HostRunQueues implements RunQueueLoads {
    private final Topology topology;
    private final List<List<Occupant>> queues = new ArrayList<>();
    private final int[] queuedSiblings;
    private final LoadHistogram loads;
    private final CpusByLoad cpusByLoad;
    private final BitSet idleProcessors;
    /** Processors with more than one thread queued. */
    private final BitSet sharedProcessors;
    private final BitSet idleCores;
    /** Cores with more than one sibling queued. */
    private final BitSet crowdedCores;
    /** Cores with every sibling queued. */
    private int fullCoreCount;

    HostRunQueues(Topology topology) {
        this.topology = topology;
        for (int lp = 0; lp < topology.logicalProcessors(); lp++) {
            queues.add(List.of());
        }
        this.queuedSiblings = new int[topology.physicalCores()];
        this.loads = new LoadHistogram(topology.logicalProcessors());
        this.cpusByLoad = new CpusByLoad(topology.logicalProcessors());
        this.idleProcessors = new BitSet(topology.logicalProcessors());
        idleProcessors.set(0, topology.logicalProcessors());
        this.sharedProcessors = new BitSet(topology.logicalProcessors());
        this.idleCores = new BitSet(topology.physicalCores());
        idleCores.set(0, topology.physicalCores());
        this.crowdedCores = new BitSet(topology.physicalCores());
    }

    @Override
    public int cpus() {
        return queues.size();
    }

    @Override
    public int load(int lp) {
        return queues.get(lp).size();
    }

    /** Draws as the scan of {@link RunQueueLoads#leastLoaded} does, from the index instead of a scan. */
    @Override
    public int leastLoaded(SplittableRandom random) {
        int min = loads.minLoad();
        return cpusByLoad.nth(min, random.nextInt(loads.cpusAt(min)));
    }

    List<Occupant> queue(int lp) {
        return queues.get(lp);
    }

    boolean idle(int lp) {
        return queues.get(lp).isEmpty();
    }

    void set(int lp, List<Occupant> queue) {
        int before = queues.get(lp).size();
        int after = queue.size();
        queues.set(lp, List.copyOf(queue));
        loads.moved(before, after);
        cpusByLoad.moved(lp, before, after);
        idleProcessors.set(lp, after == 0);
        sharedProcessors.set(lp, after > 1);
        if ((before == 0) != (after == 0)) {
            int core = topology.coreOf(lp);
            int was = queuedSiblings[core];
            int is = was + (after == 0 ? -1 : 1);
            queuedSiblings[core] = is;
            fullCoreCount += (is == topology.threadsPerCore() ? 1 : 0) - (was == topology.threadsPerCore() ? 1 : 0);
            idleCores.set(core, is == 0);
            crowdedCores.set(core, is > 1);
        }
    }

    boolean anyIdleProcessor() {
        return !idleProcessors.isEmpty();
    }

    boolean anySharedProcessor() {
        return !sharedProcessors.isEmpty();
    }

    /** A core is fully idle while another has every sibling busy. */
    boolean siblingsCollide() {
        return topology.threadsPerCore() > 1 && !idleCores.isEmpty() && fullCoreCount > 0;
    }

    LoadHistogram loads() {
        return loads;
    }

    /** How many of the core's logical processors have something queued. */
    int busySiblings(int core) {
        return queuedSiblings[core];
    }

    /** A fully idle core in {@code socket} (−1: anywhere), uniformly at random (null: the first); −1 if none. */
    int idleCore(int socket, SplittableRandom random) {
        int from = socket < 0 ? 0 : socket * topology.coresPerSocket();
        int to = socket < 0 ? topology.physicalCores() : from + topology.coresPerSocket();
        return member(idleCores, from, to, random);
    }

    /** An idle logical processor in {@code socket} (−1: anywhere), uniformly at random (null: the first); −1 if none. */
    int idleProcessor(int socket, SplittableRandom random) {
        int perSocket = topology.coresPerSocket() * topology.threadsPerCore();
        int from = socket < 0 ? 0 : socket * perSocket;
        int to = socket < 0 ? queues.size() : from + perSocket;
        return member(idleProcessors, from, to, random);
    }

    /** The first processor in {@code socket} (−1: anywhere) with more than one thread queued; −1 if none. */
    int firstSharedProcessor(int socket) {
        int perSocket = topology.coresPerSocket() * topology.threadsPerCore();
        int from = socket < 0 ? 0 : socket * perSocket;
        int to = socket < 0 ? queues.size() : from + perSocket;
        return member(sharedProcessors, from, to, null);
    }

    /** The first core in {@code socket} (−1: anywhere) with more than one sibling queued; −1 if none. */
    int firstCrowdedCore(int socket) {
        int from = socket < 0 ? 0 : socket * topology.coresPerSocket();
        int to = socket < 0 ? topology.physicalCores() : from + topology.coresPerSocket();
        return member(crowdedCores, from, to, null);
    }

    /** A member of {@code set} in [from, to), uniformly at random (null: the first); −1 if none. */
    private static int member(BitSet set, int from, int to, SplittableRandom random) {
        int first = set.nextSetBit(from);
        if (first < 0 || first >= to) {
            return -1;
        }
        if (random == null) {
            return first;
        }
        int count = 0;
        for (int i = first; i >= 0 && i < to; i = set.nextSetBit(i + 1)) {
            count++;
        }
        int pick = random.nextInt(count);
        int chosen = first;
        for (int k = 0; k < pick; k++) {
            chosen = set.nextSetBit(chosen + 1);
        }
        return chosen;
    }
}
