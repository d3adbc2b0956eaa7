package io.tickwise.host.hypervisor;

import io.tickwise.host.thread.ThreadTable;

/**
 * What each host thread is to the host kernel — asleep, runnable, a vCPU thread halt-polling
 * after its guest's HLT, or a vCPU idling inside its guest without an exit — and the logical
 * processor it is on or last ran on.
 */
final class HostThreadStates {

    enum State { BLOCKED, RUNNABLE, POLLING, IDLE_IN_GUEST }

    private final State[] state;
    private final int[] processor;
    private final long[] pollEpoch;
    private final boolean[] ranBefore;

    HostThreadStates(ThreadTable threads) {
        int n = threads.size();
        this.state = new State[n];
        this.processor = new int[n];
        this.pollEpoch = new long[n];
        this.ranBefore = new boolean[n];
        for (int i = 0; i < n; i++) {
            state[i] = State.BLOCKED;
            processor[i] = threads.get(i).lastRanOn();
            ranBefore[i] = threads.get(i).lastRanOn() >= 0;
        }
    }

    State state(int thread) {
        return state[thread];
    }

    void set(int thread, State next) {
        state[thread] = next;
    }

    /** The processor the thread is on, or last ran on (−1: never ran). */
    int processor(int thread) {
        return processor[thread];
    }

    /** Whether the thread has run before, so that waking it goes through the host's wake-up path. */
    boolean ranBefore(int thread) {
        return ranBefore[thread];
    }

    void placeOn(int thread, int lp) {
        processor[thread] = lp;
        ranBefore[thread] = true;
    }

    /** Starts a halt-poll window and names it, so that its expiry can tell whether it still stands. */
    long startPolling(int thread) {
        state[thread] = State.POLLING;
        return ++pollEpoch[thread];
    }

    /** Whether the thread still polls in the window named {@code epoch}. */
    boolean pollingIn(int thread, long epoch) {
        return state[thread] == State.POLLING && pollEpoch[thread] == epoch;
    }

    /** A wake-up caught the thread while it polled: the window is over. */
    void stopPolling(int thread) {
        state[thread] = State.RUNNABLE;
        pollEpoch[thread]++;
    }
}
