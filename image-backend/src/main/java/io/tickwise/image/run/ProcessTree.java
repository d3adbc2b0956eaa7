package io.tickwise.image.run;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            root.waitFor(5, TimeUnit.SECONDS);
            for (ProcessHandle descendant : descendants) {
                long left = Math.max(0, deadline - System.nanoTime());
                descendant.onExit().get(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // SIGKILL cannot be refused; a descendant still listed is a zombie its new parent has yet to reap.
        }
    }
}
