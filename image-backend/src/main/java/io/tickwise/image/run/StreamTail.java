package io.tickwise.image.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Drains a stream on its own thread (so the writer never blocks) and keeps its last bytes. */
final class StreamTail {

    private static final int KEPT_BYTES = 4096;

    private final byte[] kept = new byte[KEPT_BYTES];
    private int length;
    private final Thread drainer;

    StreamTail(InputStream stream, String threadName) {
        drainer = new Thread(() -> drain(stream), threadName);
        drainer.setDaemon(true);
        drainer.start();
    }

    private void drain(InputStream stream) {
        byte[] buffer = new byte[1024];
        try (stream) {
            int n;
            while ((n = stream.read(buffer)) > 0) {
                keep(buffer, n);
            }
        } catch (IOException e) {
            // The process is gone; what was read so far is all there is.
        }
    }

    private synchronized void keep(byte[] buffer, int n) {
        int fresh = Math.min(n, KEPT_BYTES);
        int stay = Math.min(length, KEPT_BYTES - fresh);
        System.arraycopy(kept, length - stay, kept, 0, stay);
        System.arraycopy(buffer, n - fresh, kept, stay, fresh);
        length = stay + fresh;
    }

    /** The tail so far, after giving the drainer a moment to catch up with a process that ended. */
    String text() {
        try {
            drainer.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            return new String(kept, 0, length, StandardCharsets.UTF_8).strip();
        }
    }
}
