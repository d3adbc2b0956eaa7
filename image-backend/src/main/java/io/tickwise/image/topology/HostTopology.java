package io.tickwise.image.topology;

import java.util.List;

/**
 * The local host as the simulator needs it: sockets × cores per socket × threads per core and
 * where each online logical processor sits. Counts are maxima over sockets and cores, so on a
 * host with some siblings offline {@link #uniform()} tells whether the product is exact.
 *
 * @param detectedFromSysfs false when /sys did not describe the topology and the record is the
 *                          fallback of one socket with one thread per available processor
 * @param note              how the numbers were obtained, for reports
 */
public record HostTopology(int sockets, int coresPerSocket, int threadsPerCore, List<LogicalCpu> cpus,
                           boolean detectedFromSysfs, String note) {

    public HostTopology {
        cpus = List.copyOf(cpus);
    }

    public int logicalProcessors() {
        return cpus.size();
    }

    /** True when every socket has the same cores and every core the same online threads. */
    public boolean uniform() {
        return (long) sockets * coresPerSocket * threadsPerCore == cpus.size();
    }

    /**
     * The index of {@code cpu}'s physical core as a host model numbers its cores: socket by
     * socket, and within a socket by core_id, which need not be dense.
     */
    public int physicalCoreOf(int cpu) {
        LogicalCpu target = cpus.stream().filter(c -> c.cpu() == cpu).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no online CPU " + cpu));
        List<Integer> socketIds = cpus.stream().map(LogicalCpu::socket).distinct().sorted().toList();
        List<Integer> coreIds = cpus.stream().filter(c -> c.socket() == target.socket()).map(LogicalCpu::core).distinct()
                .sorted().toList();
        return socketIds.indexOf(target.socket()) * coresPerSocket + coreIds.indexOf(target.core());
    }
}
