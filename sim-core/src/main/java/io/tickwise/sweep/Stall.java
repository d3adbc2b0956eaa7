package io.tickwise.sweep;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A wait that gives up when the awaited work stops making progress. A sweep may rightly take
 * hours, so a fixed deadline would be wrong; but a model stuck in a loop or a reply that never
 * comes must end the command instead of hanging it.
 */
public final class Stall {
    private final Duration limit;
    private final AtomicLong lastProgress = new AtomicLong(System.nanoTime());

    public Stall(Duration limit) {
        this.limit = limit;
    }

    /** Something moved: the limit counts again from now. */
    public void progressed() {
        lastProgress.set(System.nanoTime());
    }

    /**
     * The future's value; its failure as a {@link CompletionException}; or a
     * {@link StalledException} once nothing has progressed for the limit.
     */
    public <T> T await(CompletableFuture<T> future, String what) {
        while (true) {
            long quietNs = System.nanoTime() - lastProgress.get();
            long leftNs = limit.toNanos() - quietNs;
            if (leftNs <= 0) {
                throw new StalledException(what + ": nothing progressed for " + (limit.toMillis() % 1000 == 0
                        ? limit.toSeconds() + " s" : limit.toMillis() + " ms"));
            }
            try {
                return future.get(leftNs, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // Progress may have been made meanwhile; the loop measures again.
            } catch (ExecutionException e) {
                throw new CompletionException(e.getCause());
            } catch (CancellationException e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StalledException(what + ": interrupted");
            }
        }
    }

    /** The awaited work made no progress within the limit. */
    public static final class StalledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StalledException(String message) {
            super(message);
        }
    }
}
