package io.tickwise.kernel.trace;

import java.util.List;

/**
 * What a guest kernel had each of its processors do over a traced run: the guest tasks on a
 * vCPU's run queue, or the phase a unikernel processor is in. {@code hostThreads} maps each
 * vCPU to the host thread that runs it.
 */
public record GuestTrace(String kernel, List<Integer> hostThreads, List<List<GuestStep>> vcpus) {
    public GuestTrace {
        hostThreads = List.copyOf(hostThreads);
        vcpus = vcpus.stream().map(List::copyOf).toList();
    }
}
