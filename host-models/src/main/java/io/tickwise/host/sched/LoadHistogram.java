package io.tickwise.host.sched;

import java.util.Arrays;

/**
 * How many CPUs carry each run-queue length, kept up to date at every enqueue and dequeue, so
 * a scheduler sees at once whether its longest and shortest queues differ enough to balance,
 * without scanning every CPU after every event.
 */
public final class LoadHistogram {
    private int[] cpusAtLoad;
    private int maxLoad;

    public LoadHistogram(int cpus) {
        cpusAtLoad = new int[4];
        cpusAtLoad[0] = cpus;
    }

    /** One CPU's queue went from {@code before} to {@code after} entities. */
    public void moved(int before, int after) {
        if (after >= cpusAtLoad.length) {
            cpusAtLoad = Arrays.copyOf(cpusAtLoad, after * 2);
        }
        cpusAtLoad[before]--;
        cpusAtLoad[after]++;
        maxLoad = Math.max(maxLoad, after);
        while (maxLoad > 0 && cpusAtLoad[maxLoad] == 0) {
            maxLoad--;
        }
    }

    public int maxLoad() {
        return maxLoad;
    }

    /** How many CPUs carry {@code load} entities. */
    public int cpusAt(int load) {
        return load < cpusAtLoad.length ? cpusAtLoad[load] : 0;
    }

    public int minLoad() {
        int load = 0;
        while (cpusAtLoad[load] == 0) {
            load++;
        }
        return load;
    }

    /** Whether some pair of CPUs is far enough apart for {@code domain} to move a task between them. */
    public boolean imbalancedFor(SchedDomain domain) {
        return domain.worthPulling(maxLoad, minLoad());
    }
}
