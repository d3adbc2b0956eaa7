package io.tickwise.image.run;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Workers still running, so that a JVM that is stopped (Ctrl-C during a validation) takes them
 * down too instead of leaving a QEMU computing or spinning on its serial port for nobody.
 */
final class LiveProcesses {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(LIVE).forEach(ProcessTree::destroy),
                "destroy live workers"));
    }

    private LiveProcesses() {
    }

    static void add(Process process) {
        LIVE.add(process);
    }

    static void remove(Process process) {
        LIVE.remove(process);
    }
}
