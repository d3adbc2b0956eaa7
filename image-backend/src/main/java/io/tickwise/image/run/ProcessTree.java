package io.tickwise.image.run;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Ends a launched process together with everything it forked. */
final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * Descendants are listed before the root dies: once it is gone they are re-parented and
     * can no longer be found from it. A child forked between the listing and the kill would
     * escape; the runners fork only right after start, long before any timeout.
     */
    static void destroy(Process root) {
        List<ProcessHandle> descendants = root.descendants().toList();
        root.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            root.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
