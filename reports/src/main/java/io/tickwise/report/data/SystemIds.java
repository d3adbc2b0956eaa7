package io.tickwise.report.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The six systems of the paper in the order its legends use, so every chart and table
 * lists them alike. Systems a future model adds come after them, alphabetically.
 */
public final class SystemIds {

    public static final String MULTICORE_UNIKERNEL = "multicore-unikernel";
    public static final String SINGLE_CORE_UNIKERNELS = "single-core-unikernels";
    public static final String UBUNTU_VM_THREADS = "ubuntu-vm-threads";
    public static final String UBUNTU_VM_PROCESSES = "ubuntu-vm-processes";
    public static final String BARE_METAL_THREADS = "bare-metal-threads";
    public static final String BARE_METAL_PROCESSES = "bare-metal-processes";

    public static final List<String> PAPER_ORDER = List.of(
            MULTICORE_UNIKERNEL, SINGLE_CORE_UNIKERNELS, UBUNTU_VM_THREADS,
            UBUNTU_VM_PROCESSES, BARE_METAL_THREADS, BARE_METAL_PROCESSES);

    private SystemIds() {
    }

    public static final Comparator<String> ORDER = Comparator
            .comparingInt((String id) -> PAPER_ORDER.contains(id) ? PAPER_ORDER.indexOf(id) : PAPER_ORDER.size())
            .thenComparing(Comparator.naturalOrder());

    public static List<String> sorted(Iterable<String> ids) {
        List<String> list = new ArrayList<>();
        ids.forEach(list::add);
        list.sort(ORDER);
        return list;
    }

    /** The paper's legend entry for a system, or null for a system the paper did not run. */
    public static String paperName(String id) {
        return switch (id) {
            case MULTICORE_UNIKERNEL -> "Multicore IncludeOS";
            case SINGLE_CORE_UNIKERNELS -> "Multiple single core IncludeOS";
            case UBUNTU_VM_THREADS -> "Ubuntu VM: Pthread";
            case UBUNTU_VM_PROCESSES -> "Ubuntu VM: processes";
            case BARE_METAL_THREADS -> "Bare metal Ubuntu: Pthread";
            case BARE_METAL_PROCESSES -> "Bare metal Ubuntu: processes";
            default -> null;
        };
    }
}
