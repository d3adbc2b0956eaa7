package io.tickwise.kernel.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The six systems of the experiment, with the ids scenarios and results use. */
public enum SystemId {
    MULTICORE_UNIKERNEL,
    SINGLE_CORE_UNIKERNELS,
    UBUNTU_VM_THREADS,
    UBUNTU_VM_PROCESSES,
    BARE_METAL_THREADS,
    BARE_METAL_PROCESSES;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SystemId> parse(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }

    public static String known() {
        return Arrays.stream(values()).map(SystemId::id).collect(Collectors.joining(", "));
    }
}
