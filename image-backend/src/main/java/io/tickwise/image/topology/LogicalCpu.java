package io.tickwise.image.topology;

import java.util.List;

/**
 * One online logical processor of this host and where it sits. {@code core} is the kernel's
 * core_id, unique only within its socket; {@code siblings} are the logical processors sharing
 * its physical core, itself included.
 */
public record LogicalCpu(int cpu, int socket, int core, List<Integer> siblings) {

    public LogicalCpu {
        siblings = List.copyOf(siblings);
    }
}
