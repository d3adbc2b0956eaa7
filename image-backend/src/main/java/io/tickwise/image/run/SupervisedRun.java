package io.tickwise.image.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Launches one worker process that speaks the {@link ResultTranscript} protocol and measures it.
 *
 * <p>The clock starts just before the launch and stops when the sum line is read; the CPU ticks
 * are read from /proc at that same moment, with the whole machine's (to tell whether anything
 * else ran meanwhile), while the worker still waits for its release (one
 * byte on its stdin, which for QEMU is the guest's serial port). Only then is it released and
 * its exit status checked. A worker that misses its deadline is killed with its whole process
 * tree; nothing ever waits on it unbounded.
 */
public final class SupervisedRun {

    /** A worker that has reported its result only has to exit; this is plenty. */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(10);

    private final String what;
    private final List<String> command;
    private final int successStatus;

    /**
     * @param what          names the worker in messages, e.g. "QEMU image (4 vCPUs)"
     * @param command       the command line to launch
     * @param successStatus the exit status that means success
     */
    public SupervisedRun(String what, List<String> command, int successStatus) {
        this.what = what;
        this.command = List.copyOf(command);
        this.successStatus = successStatus;
    }

    /**
     * The command, under util-linux's taskset when the request names a CPU: taskset sets the
     * affinity and execs the command, so the process measured is still the worker itself.
     */
    private List<String> confined(RunRequest request) {
        if (request.cpu().isEmpty()) {
            return command;
        }
        List<String> pinned = new ArrayList<>(List.of("taskset", "--cpu-list", String.valueOf(request.cpu().getAsInt())));
        pinned.addAll(command);
        return pinned;
    }

    public PointMeasurement run(String backend, RunRequest request) {
        MachineCpu before = MachineCpu.sample();
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(confined(request)).start();
        } catch (IOException e) {
            throw new RunFailedException("cannot start " + what + ": " + e.getMessage());
        }
        LiveProcesses.add(process);
        try {
            return measure(process, start, before, backend, request);
        } finally {
            LiveProcesses.remove(process);
        }
    }

    private PointMeasurement measure(Process process, long start, MachineCpu before, String backend,
                                     RunRequest request) {
        ResultTranscript transcript = new ResultTranscript(what);
        CompletableFuture<Moments> reported = new CompletableFuture<>();
        StreamTail stderr = new StreamTail(process.getErrorStream(), what + " stderr");
        Thread reader = new Thread(() -> readUntilSum(process, transcript, reported, stderr), what + " stdout");
        reader.setDaemon(true);
        reader.start();

        Moments moments = awaitReport(process, transcript, reported, stderr, request.timeout());
        release(process);
        awaitExit(process, stderr);
        return new PointMeasurement(backend, request.tasks(), request.bound(),
                seconds(moments.sumNanos() - start), seconds(moments.readyNanos() - start), moments.ticks(),
                moments.machine().busySince(before), before.cpus(), transcript.consistentWorkers(request.tasks()),
                transcript.sum());
    }

    private record Moments(long readyNanos, long sumNanos, long ticks, MachineCpu machine) {
    }

    private void readUntilSum(Process process, ResultTranscript transcript, CompletableFuture<Moments> reported,
                              StreamTail stderr) {
        long readyNanos = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                ResultTranscript.Line kind = transcript.accept(line);
                long now = System.nanoTime();
                if (kind == ResultTranscript.Line.READY && readyNanos == 0) {
                    readyNanos = now;
                } else if (kind == ResultTranscript.Line.SUM) {
                    if (readyNanos == 0) {
                        throw new RunFailedException(what + " reported a sum without a ready line:\n" + transcript.text());
                    }
                    reported.complete(new Moments(readyNanos, now, ProcessTicks.of(process.pid()), MachineCpu.sample()));
                    return;
                }
            }
            reported.completeExceptionally(new RunFailedException(what + " ended before reporting a sum ("
                    + exitDescription(process) + "); output:\n" + transcript.text() + "\nstderr:\n" + stderr.text()));
        } catch (IOException | RuntimeException e) {
            reported.completeExceptionally(e);
        }
    }

    private Moments awaitReport(Process process, ResultTranscript transcript, CompletableFuture<Moments> reported,
                                StreamTail stderr, Duration timeout) {
        try {
            return reported.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            ProcessTree.destroy(process);
            throw new RunTimedOutException(what, timeout, transcript.text(), stderr.text());
        } catch (ExecutionException e) {
            ProcessTree.destroy(process);
            if (e.getCause() instanceof RunFailedException failed) {
                throw failed;
            }
            throw new RunFailedException("reading the output of " + what + " failed: " + e.getCause());
        } catch (InterruptedException e) {
            ProcessTree.destroy(process);
            Thread.currentThread().interrupt();
            throw new RunFailedException("interrupted while waiting for " + what);
        }
    }

    private static void release(Process process) {
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write('\n');
        } catch (IOException e) {
            // It is already gone; its exit status tells the rest.
        }
    }

    private void awaitExit(Process process, StreamTail stderr) {
        try {
            if (!process.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTree.destroy(process);
                throw new RunTimedOutException(what + " (after reporting its result)", EXIT_GRACE, "", stderr.text());
            }
        } catch (InterruptedException e) {
            ProcessTree.destroy(process);
            Thread.currentThread().interrupt();
            throw new RunFailedException("interrupted while waiting for " + what + " to exit");
        }
        if (process.exitValue() != successStatus) {
            throw new RunFailedException(what + " exited with status " + process.exitValue() + " instead of "
                    + successStatus + "; stderr:\n" + stderr.text());
        }
    }

    private static String exitDescription(Process process) {
        try {
            if (process.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                return "exit status " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "still running";
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
