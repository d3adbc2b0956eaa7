package io.tickwise.image.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the local topology from Linux's {@code /sys/devices/system/cpu}: the online list, and
 * per CPU {@code topology/physical_package_id}, {@code core_id} and {@code thread_siblings_list}.
 * Containers and some kernels hide these files; then the result is an explicit fallback.
 */
public final class SysfsTopologyDetector {

    public static final Path SYSFS_CPU = Path.of("/sys/devices/system/cpu");

    private final Path cpuDirectory;
    private final int availableProcessors;

    public SysfsTopologyDetector(Path cpuDirectory, int availableProcessors) {
        this.cpuDirectory = cpuDirectory;
        this.availableProcessors = availableProcessors;
    }

    public static HostTopology detectLocal() {
        return new SysfsTopologyDetector(SYSFS_CPU, Runtime.getRuntime().availableProcessors()).detect();
    }

    public HostTopology detect() {
        try {
            return fromSysfs();
        } catch (IOException | RuntimeException e) {
            return fallback(e.toString());
        }
    }

    private HostTopology fromSysfs() throws IOException {
        List<LogicalCpu> cpus = new ArrayList<>();
        for (int cpu : parseCpuList(read(cpuDirectory.resolve("online")))) {
            Path topology = cpuDirectory.resolve("cpu" + cpu).resolve("topology");
            cpus.add(new LogicalCpu(cpu,
                    Integer.parseInt(read(topology.resolve("physical_package_id"))),
                    Integer.parseInt(read(topology.resolve("core_id"))),
                    parseCpuList(read(topology.resolve("thread_siblings_list")))));
        }
        if (cpus.isEmpty()) {
            throw new IllegalStateException(cpuDirectory.resolve("online") + " lists no CPU");
        }
        Map<Integer, Set<Integer>> coresBySocket = new TreeMap<>();
        Map<PhysicalCore, Integer> threadsByCore = new HashMap<>();
        for (LogicalCpu cpu : cpus) {
            coresBySocket.computeIfAbsent(cpu.socket(), s -> new TreeSet<>()).add(cpu.core());
            threadsByCore.merge(new PhysicalCore(cpu.socket(), cpu.core()), 1, Integer::sum);
        }
        int sockets = coresBySocket.size();
        int coresPerSocket = coresBySocket.values().stream().mapToInt(Set::size).max().orElseThrow();
        int threadsPerCore = threadsByCore.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        String note = "from " + cpuDirectory + ": " + cpus.size() + " online logical processors";
        return new HostTopology(sockets, coresPerSocket, threadsPerCore, cpus, true, note);
    }

    /** core_id repeats across sockets, so a physical core is named by both. */
    private record PhysicalCore(int socket, int core) {
    }

    private HostTopology fallback(String reason) {
        List<LogicalCpu> cpus = new ArrayList<>();
        for (int cpu = 0; cpu < availableProcessors; cpu++) {
            cpus.add(new LogicalCpu(cpu, 0, cpu, List.of(cpu)));
        }
        String note = "topology not readable from " + cpuDirectory + " (" + reason + "); assumed 1 socket, "
                + availableProcessors + " cores, 1 thread per core from the available processor count";
        return new HostTopology(1, availableProcessors, 1, cpus, false, note);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file).strip();
    }

    /** The kernel's cpulist format: "0-3,8,10-11". */
    static List<Integer> parseCpuList(String list) {
        Set<Integer> cpus = new TreeSet<>();
        for (String part : list.split(",")) {
            String range = part.strip();
            if (range.isEmpty()) {
                continue;
            }
            int dash = range.indexOf('-');
            int first = Integer.parseInt(dash < 0 ? range : range.substring(0, dash));
            int last = dash < 0 ? first : Integer.parseInt(range.substring(dash + 1));
            if (last < first) {
                throw new IllegalArgumentException("bad CPU range '" + range + "'");
            }
            for (int cpu = first; cpu <= last; cpu++) {
                cpus.add(cpu);
            }
        }
        return List.copyOf(cpus);
    }
}
