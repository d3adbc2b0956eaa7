package io.tickwise.host.sched;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which CPUs carry each run-queue length, kept up to date at every enqueue and dequeue, so that
 * fork placement finds the least loaded CPUs without scanning every CPU at every wake-up (on a
 * host of a thousand logical processors, that scan was half of a run).
 */
public final class CpusByLoad {
    private final List<BitSet> atLoad = new ArrayList<>();

    public CpusByLoad(int cpus) {
        BitSet all = new BitSet(cpus);
        all.set(0, cpus);
        atLoad.add(all);
    }

    /** CPU {@code cpu}'s queue went from {@code before} to {@code after} entities. */
    public void moved(int cpu, int before, int after) {
        while (atLoad.size() <= after) {
            atLoad.add(new BitSet());
        }
        atLoad.get(before).clear(cpu);
        atLoad.get(after).set(cpu);
    }

    /** The {@code k}-th (from 0) CPU in ascending order among those carrying {@code load}. */
    public int nth(int load, int k) {
        BitSet cpus = atLoad.get(load);
        int cpu = cpus.nextSetBit(0);
        for (int i = 0; i < k && cpu >= 0; i++) {
            cpu = cpus.nextSetBit(cpu + 1);
        }
        if (cpu < 0) {
            throw new IllegalStateException("fewer than " + (k + 1) + " CPUs at load " + load);
        }
        return cpu;
    }
}
