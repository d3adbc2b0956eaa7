package io.tickwise.image.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SysfsTopologyDetectorTest {

    @Test
    void readsSocketsCoresAndHyperThreadSiblings(@TempDir Path sysfs) throws Exception {
        // 2 sockets x 2 cores x 2 threads, numbered the way Intel hosts are: siblings n and n+4.
        Files.writeString(sysfs.resolve("online"), "0-7\n");
        for (int cpu = 0; cpu < 8; cpu++) {
            int socket = (cpu / 2) % 2;
            int core = cpu % 2;
            int sibling = cpu < 4 ? cpu + 4 : cpu - 4;
            writeCpu(sysfs, cpu, socket, core, Math.min(cpu, sibling) + "," + Math.max(cpu, sibling));
        }

        HostTopology topology = new SysfsTopologyDetector(sysfs, 8).detect();

        assertTrue(topology.detectedFromSysfs(), topology.note());
        assertEquals(2, topology.sockets());
        assertEquals(2, topology.coresPerSocket());
        assertEquals(2, topology.threadsPerCore());
        assertTrue(topology.uniform());
        assertEquals(new LogicalCpu(5, 0, 1, List.of(1, 5)), topology.cpus().get(5));
    }

    @Test
    void physicalCoresAreNumberedSocketBySocketWhateverTheirCoreIds() {
        // core_id need not be dense (here 0 and 8), and CPU numbers interleave the sockets.
        HostTopology topology = new HostTopology(2, 2, 1, List.of(new LogicalCpu(0, 0, 0, List.of(0)),
                new LogicalCpu(1, 1, 0, List.of(1)), new LogicalCpu(2, 0, 8, List.of(2)), new LogicalCpu(3, 1, 8, List.of(3))),
                true, "made up");
        assertEquals(List.of(0, 2, 1, 3), List.of(0, 1, 2, 3).stream().map(topology::physicalCoreOf).toList());
        assertThrows(IllegalArgumentException.class, () -> topology.physicalCoreOf(4));
    }

    @Test
    void offlineSiblingsMakeANonUniformTopology(@TempDir Path sysfs) throws Exception {
        Files.writeString(sysfs.resolve("online"), "0-2\n");
        writeCpu(sysfs, 0, 0, 0, "0-1");
        writeCpu(sysfs, 1, 0, 0, "0-1");
        writeCpu(sysfs, 2, 0, 1, "2");

        HostTopology topology = new SysfsTopologyDetector(sysfs, 3).detect();

        assertEquals(1, topology.sockets());
        assertEquals(2, topology.coresPerSocket());
        assertEquals(2, topology.threadsPerCore());
        assertFalse(topology.uniform());
    }

    @Test
    void fallsBackToOneThreadPerAvailableProcessorWhenSysfsIsMissing(@TempDir Path empty) {
        HostTopology topology = new SysfsTopologyDetector(empty.resolve("absent"), 3).detect();

        assertFalse(topology.detectedFromSysfs());
        assertEquals(1, topology.sockets());
        assertEquals(3, topology.coresPerSocket());
        assertEquals(1, topology.threadsPerCore());
        assertEquals(3, topology.logicalProcessors());
        assertTrue(topology.note().contains("assumed 1 socket"), topology.note());
    }

    @Test
    void theLocalHostIsConsistent() {
        HostTopology local = SysfsTopologyDetector.detectLocal();

        assertTrue(local.logicalProcessors() >= Runtime.getRuntime().availableProcessors(), local.toString());
        assertTrue((long) local.sockets() * local.coresPerSocket() * local.threadsPerCore() >= local.logicalProcessors());
        Set<Integer> ids = new HashSet<>();
        for (LogicalCpu cpu : local.cpus()) {
            assertTrue(ids.add(cpu.cpu()), "each logical processor once");
            assertTrue(cpu.siblings().contains(cpu.cpu()), cpu + " is among its own siblings");
        }
        if (Files.isDirectory(SysfsTopologyDetector.SYSFS_CPU.resolve("cpu0/topology"))) {
            assertTrue(local.detectedFromSysfs(), local.note());
        }
    }

    @Test
    void parsesTheKernelsCpuListFormat() {
        assertEquals(List.of(0, 1, 2, 3, 8, 10, 11), SysfsTopologyDetector.parseCpuList("0-3,8,10-11\n"));
        assertEquals(List.of(5), SysfsTopologyDetector.parseCpuList("5"));
        assertThrows(IllegalArgumentException.class, () -> SysfsTopologyDetector.parseCpuList("3-1"));
    }

    private static void writeCpu(Path sysfs, int cpu, int socket, int core, String siblings) throws Exception {
        Path topology = Files.createDirectories(sysfs.resolve("cpu" + cpu).resolve("topology"));
        Files.writeString(topology.resolve("physical_package_id"), socket + "\n");
        Files.writeString(topology.resolve("core_id"), core + "\n");
        Files.writeString(topology.resolve("thread_siblings_list"), siblings + "\n");
    }
}
