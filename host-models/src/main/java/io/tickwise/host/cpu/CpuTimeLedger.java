package io.tickwise.host.cpu;

import java.util.Arrays;

/**
 * On-CPU time per host thread on one core. A core sees few of a run's threads, so the ledger
 * keeps only those, in the order they first ran here.
 */
final class CpuTimeLedger {
    private int[] threads = new int[4];
    private long[] nanos = new long[4];
    private int size;

    void add(int thread, long ns) {
        for (int i = 0; i < size; i++) {
            if (threads[i] == thread) {
                nanos[i] += ns;
                return;
            }
        }
        if (size == threads.length) {
            threads = Arrays.copyOf(threads, size * 2);
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        threads[size] = thread;
        nanos[size++] = ns;
    }

    CpuTimeLedger copy() {
        CpuTimeLedger copy = new CpuTimeLedger();
        copy.threads = threads.clone();
        copy.nanos = nanos.clone();
        copy.size = size;
        return copy;
    }

    /** Adds this ledger's times into {@code byThread}, indexed by thread id. */
    void addTo(long[] byThread) {
        for (int i = 0; i < size; i++) {
            byThread[threads[i]] += nanos[i];
        }
    }
}
