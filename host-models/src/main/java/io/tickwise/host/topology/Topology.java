package io.tickwise.host.topology;

import io.tickwise.host.spec.TopologySpec;

/**
 * Numbering of a host's processors. Logical processors are numbered core-major (the siblings of
 * physical core c are c·threadsPerCore … c·threadsPerCore + threadsPerCore − 1) and cores
 * socket-major; this is the simulator's numbering, not Linux's.
 */
public record Topology(int sockets, int coresPerSocket, int threadsPerCore) {

    public static Topology of(TopologySpec spec) {
        return new Topology(spec.sockets(), spec.coresPerSocket(), spec.threadsPerCore());
    }

    public int physicalCores() {
        return sockets * coresPerSocket;
    }

    public int logicalProcessors() {
        return physicalCores() * threadsPerCore;
    }

    public int coreOf(int logicalProcessor) {
        return logicalProcessor / threadsPerCore;
    }

    public int threadOf(int logicalProcessor) {
        return logicalProcessor % threadsPerCore;
    }

    public int socketOfCore(int core) {
        return core / coresPerSocket;
    }

    public int socketOf(int logicalProcessor) {
        return socketOfCore(coreOf(logicalProcessor));
    }

    public int logicalProcessor(int core, int thread) {
        return core * threadsPerCore + thread;
    }

    /**
     * The number Linux gives a logical processor ({@code cpuN}): the first thread of every core
     * in core order, then every second thread, and so on — as on the paper's Intel host.
     */
    public int linuxCpu(int logicalProcessor) {
        return threadOf(logicalProcessor) * physicalCores() + coreOf(logicalProcessor);
    }
}
