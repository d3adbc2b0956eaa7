package io.tickwise.cli;

import io.tickwise.cluster.ResultsJournal;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A TLS cluster across real network hops: coordinator and two workers in network namespaces of
 * their own, each bound to its own address, one worker killed half-way; the results are those
 * of a local sweep. Needs root and iproute2, which CI has; elsewhere it says why it skips.
 */
class NamespacedClusterTest {
    private static final List<String> SWEEP = List.of("intel-72", "--tasks", "100..144", "--reps", "1",
            "--systems", "multicore-unikernel,bare-metal-processes", "--fidelity", "tick");
    private static final long RUNS = 45 * 2;
    private static final long TIMEOUT_S = 120;

    @TempDir
    Path dir;

    @Test
    void aTlsClusterAcrossNamespacesSurvivesAKilledWorkerWithTheLocalResults() throws Exception {
        String unavailable = NetworkNamespaces.unavailableBecause();
        if (unavailable != null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must run the namespaced cluster test: " + unavailable);
            }
            Assumptions.abort("skipped: " + unavailable);
        }
        Path local = dir.resolve("local");
        SimJar.Outcome reference = SimJar.run(sweep("--out", local.toString()));
        assertEquals(0, reference.status(), reference.err());
        Path identity = dir.resolve("identity");
        assertEquals(0, SimJar.run("keys", identity.toString()).status());

        Path out = dir.resolve("cluster");
        List<Process> nodes = new ArrayList<>();
        try (NetworkNamespaces network = new NetworkNamespaces()) {
            String coordinatorNs = network.node("c", "10.200.15.1");
            String firstNs = network.node("w1", "10.200.15.2");
            String secondNs = network.node("w2", "10.200.15.3");
            Process coordinator = start(nodes, coordinatorNs, dir.resolve("coordinator.log"), sweep("--cluster",
                    "--bind", "10.200.15.1", "--port", "2551", "--min-workers", "2", "--tls", identity.toString(),
                    "--out", out.toString()));
            Process doomed = start(nodes, firstNs, dir.resolve("worker-1.log"), worker("10.200.15.2", identity));
            Process survivor = start(nodes, secondNs, dir.resolve("worker-2.log"), worker("10.200.15.3", identity));

            await(() -> journalLines(out) >= 10, "the first results");
            doomed.destroyForcibly();
            assertTrue(doomed.waitFor(30, TimeUnit.SECONDS));
            assertTrue(journalLines(out) < RUNS, "the sweep was not over when the worker was killed");

            assertTrue(coordinator.waitFor(TIMEOUT_S, TimeUnit.SECONDS), "the coordinator finishes");
            String log = Files.readString(dir.resolve("coordinator.log"));
            assertEquals(0, coordinator.exitValue(), log);
            assertTrue(log.contains("worker 10.200.15.2:") && log.contains("worker 10.200.15.3:"), log);
            assertTrue(log.contains("unreachable") || log.contains("removed"), log);
            assertEquals(ResultsWithoutProvenance.of(local), ResultsWithoutProvenance.of(out));
            assertTrue(survivor.waitFor(TIMEOUT_S, TimeUnit.SECONDS));
            assertEquals(0, survivor.exitValue(), Files.readString(dir.resolve("worker-2.log")));
        } finally {
            nodes.forEach(Process::destroyForcibly);
        }
    }

    private static String[] sweep(String... more) {
        List<String> args = new ArrayList<>(List.of("sweep"));
        args.addAll(SWEEP);
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String[] worker(String bind, Path identity) {
        return new String[] {"worker", "--join", "10.200.15.1:2551", "--bind", bind, "--threads", "1", "--tls",
                identity.toString()};
    }

    private static Process start(List<Process> nodes, String namespace, Path log, String[] args) throws IOException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "io.tickwise.cli.Main"));
        java.addAll(List.of(args));
        Process process = new ProcessBuilder(NetworkNamespaces.command(namespace, java)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        nodes.add(process);
        return process;
    }

    private static long journalLines(Path out) {
        try {
            Path journal = out.resolve(ResultsJournal.FILE_NAME);
            return Files.exists(journal) ? Files.readAllLines(journal).size() - 1 : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
