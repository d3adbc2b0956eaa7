package io.tickwise.kernel.linux;

import io.tickwise.kernel.experiment.GuestOptions;
import io.tickwise.kernel.spec.SystemsSpec;
import io.tickwise.kernel.system.SystemId;

/**
 * Pthreads or forked processes: they differ by what creating one costs and by the shared
 * address space of threads, whose exits past glibc's stack cache unmap stacks and so shoot
 * down the TLBs of every CPU running the process.
 */
public enum TaskKind {
    THREADS,
    PROCESSES;

    public static TaskKind of(SystemId system) {
        return switch (system) {
            case UBUNTU_VM_THREADS, BARE_METAL_THREADS -> THREADS;
            case UBUNTU_VM_PROCESSES, BARE_METAL_PROCESSES -> PROCESSES;
            default -> throw new IllegalArgumentException(system.id() + " runs no Linux tasks");
        };
    }

    public double createUs(SystemsSpec.LinuxSpec linux) {
        return this == THREADS ? linux.threadCreateUs().value() : linux.processCreateUs().value();
    }

    /**
     * Whether the runner stays runnable after creating its tasks, busy-waiting for their results
     * (a hypothesis about the pthread program); forked children's results come back through
     * their exit status, so the processes program always waits in waitpid().
     */
    public boolean runnerSpins(GuestOptions guest) {
        return this == THREADS && guest.mainThread() == GuestOptions.MainThread.SPIN;
    }

    /** Whether the {@code exitIndex}-th task to exit (from 0) unmaps its stack with a TLB shootdown. */
    public boolean shootsDownOnExit(SystemsSpec.LinuxSpec linux, int exitIndex) {
        return this == THREADS && exitIndex >= linux.stackCacheThreads().value();
    }
}
