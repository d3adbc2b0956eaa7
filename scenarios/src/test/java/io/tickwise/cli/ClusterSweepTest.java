package io.tickwise.cli;

import com.typesafe.config.ConfigFactory;
import io.tickwise.cluster.ResultsJournal;
import io.tickwise.scenario.run.BuildInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Cluster sweeps on loopback, nodes in this JVM and as processes, every message through the
 * Kryo serializer (serialize-messages on), compared with local sweeps of the same input.
 */
class ClusterSweepTest {
    private static final List<String> SMALL = List.of("intel-72", "--tasks", "1,4,8", "--reps", "3",
            "--systems", "multicore-unikernel,bare-metal-processes");
    /** Long enough (a few seconds on one thread) for a node to be killed half-way. */
    private static final List<String> LONG = List.of("intel-72", "--tasks", "100..144", "--reps", "2",
            "--systems", "multicore-unikernel,bare-metal-processes", "--fidelity", "tick");
    private static final long LONG_RUNS = 45 * 2 * 2;
    private static final List<String> SAMPLED = List.of("intel-72", "--tasks", "1,4,8", "--reps", "3",
            "--systems", "multicore-unikernel,bare-metal-processes", "--uncertainty", "3");
    private static final long TIMEOUT_S = 60;

    @TempDir
    static Path dir;
    private static String smallLocal;
    private static String longLocal;
    private static String sampledLocal;

    record Outcome(int status, String out, String err) {
    }

    @BeforeAll
    static void localReferences() throws IOException {
        smallLocal = local(SMALL, "small-local");
        longLocal = local(LONG, "long-local");
        sampledLocal = local(SAMPLED, "sampled-local");
        System.setProperty("pekko.actor.serialize-messages", "on");
        ConfigFactory.invalidateCaches();
    }

    @AfterAll
    static void serializationAsUsual() {
        System.clearProperty("pekko.actor.serialize-messages");
        ConfigFactory.invalidateCaches();
    }

    private static String local(List<String> sweep, String out) throws IOException {
        Outcome o = cli(args(sweep, "--out", dir.resolve(out).toString()));
        assertEquals(0, o.status(), o.err());
        return results(dir.resolve(out));
    }

    /** Sweeps {@code sweep} on a coordinator with two workers in this JVM into {@code out}; the workers' outcomes. */
    private static List<Outcome> withTwoWorkers(List<String> sweep, Path out) throws Exception {
        int port = freePort();
        CompletableFuture<Outcome> coordinator = inThisJvm(coordinatorArgs(sweep, port, out, 2));
        CompletableFuture<Outcome> first = inThisJvm(workerArgs(port, 1));
        CompletableFuture<Outcome> second = inThisJvm(workerArgs(port, 2));
        Outcome c = coordinator.get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals(0, c.status(), c.err());
        List<Outcome> workers = new ArrayList<>();
        for (CompletableFuture<Outcome> worker : List.of(first, second)) {
            workers.add(worker.get(TIMEOUT_S, TimeUnit.SECONDS));
        }
        return workers;
    }

    @Test
    void twoWorkersGiveTheLocalResults() throws Exception {
        Path out = dir.resolve("two-workers");
        List<Outcome> workers = withTwoWorkers(SMALL, out);
        assertEquals(smallLocal, results(out));
        for (Outcome w : workers) {
            assertEquals(0, w.status(), w.err());
            assertTrue(w.out().contains("done; this worker ran"), w.out());
        }
        assertEquals(18, journalRuns(out).size());
    }

    @Test
    void parameterSamplesAreRunsLikeAnyOtherAndGiveTheLocalResults() throws Exception {
        Path out = dir.resolve("sampled-cluster");
        List<Outcome> workers = withTwoWorkers(SAMPLED, out);
        assertEquals(sampledLocal, results(out));
        assertTrue(sampledLocal.contains("\"uncertainty\":{\"samples\":3,"), "the results carry the samples");
        for (Outcome w : workers) {
            assertEquals(0, w.status());
        }
        assertEquals(18 * (1 + 3), journalRuns(out).size(), "the nominal runs and three samples' runs");
    }

    @Test
    void aKilledWorkersRunsAreDoneByAnother() throws Exception {
        int port = freePort();
        Path out = dir.resolve("killed-worker");
        CompletableFuture<Outcome> coordinator = inThisJvm(coordinatorArgs(LONG, port, out, 1));
        Process doomed = process(dir.resolve("doomed-worker.log"), workerArgs(port, 1));
        CompletableFuture<Outcome> survivor;
        try {
            await(() -> journalLines(out) >= 10, "the doomed worker's first results");
            doomed.destroyForcibly();
            assertTrue(doomed.waitFor(30, TimeUnit.SECONDS));
            assertTrue(journalLines(out) < LONG_RUNS, "the sweep was not over when the worker was killed");
            survivor = inThisJvm(workerArgs(port, 2));
        } finally {
            doomed.destroyForcibly();
        }
        Outcome c = coordinator.get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals(0, c.status(), c.err());
        assertTrue(c.err().contains("unreachable") || c.err().contains("removed"), c.err());
        assertEquals(longLocal, results(out));
        assertEquals(0, survivor.get(TIMEOUT_S, TimeUnit.SECONDS).status());
        List<String> runs = journalRuns(out);
        assertEquals(LONG_RUNS, runs.size());
        assertEquals(LONG_RUNS, new HashSet<>(runs).size(), "every run journaled once");
    }

    @Test
    void aRestartedCoordinatorResumesFromItsJournal() throws Exception {
        int port = freePort();
        Path out = dir.resolve("restarted-coordinator");
        List<String> command = coordinatorArgs(LONG, port, out, 1);
        Process doomed = process(dir.resolve("doomed-coordinator.log"), command);
        List<String> before;
        CompletableFuture<Outcome> orphan = null;
        try {
            orphan = inThisJvm(workerArgs(port, 1));
            await(() -> journalLines(out) >= 20, "the first coordinator's journal");
            doomed.destroyForcibly();
            assertTrue(doomed.waitFor(30, TimeUnit.SECONDS));
            before = journalRuns(out);
            assertTrue(before.size() < LONG_RUNS, "the sweep was not over when the coordinator was killed");
        } finally {
            doomed.destroyForcibly();
        }
        Outcome lost = orphan.get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals(1, lost.status(), "a worker that loses its coordinator says so: " + lost.err());

        CompletableFuture<Outcome> coordinator = inThisJvm(command);
        CompletableFuture<Outcome> worker = inThisJvm(workerArgs(port, 2));
        Outcome c = coordinator.get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals(0, c.status(), c.err());
        assertEquals(longLocal, results(out));

        Matcher resumed = Pattern.compile("resumed (\\d+) of " + LONG_RUNS + " runs").matcher(c.err());
        assertTrue(resumed.find(), c.err());
        long recovered = Long.parseLong(resumed.group(1));
        assertEquals(before.size(), recovered);
        Outcome w = worker.get(TIMEOUT_S, TimeUnit.SECONDS);
        assertTrue(w.out().contains("this worker ran " + (LONG_RUNS - recovered) + " runs"),
                "nothing recovered is run again: " + w.out());
        List<String> runs = journalRuns(out);
        assertEquals(before, runs.subList(0, before.size()), "the journal only grows");
        assertEquals(LONG_RUNS, runs.size());
        assertEquals(LONG_RUNS, new HashSet<>(runs).size(), "every run journaled once");
    }

    @Test
    void aJournalWithATornLastRecordResumesToTheLocalResults() throws Exception {
        int port = freePort();
        Path out = dir.resolve("torn-journal");
        CompletableFuture<Outcome> coordinator = inThisJvm(coordinatorArgs(SMALL, port, out, 1));
        CompletableFuture<Outcome> worker = inThisJvm(workerArgs(port, 2));
        assertEquals(0, coordinator.get(TIMEOUT_S, TimeUnit.SECONDS).status());
        assertEquals(0, worker.get(TIMEOUT_S, TimeUnit.SECONDS).status());
        Path journal = out.resolve(ResultsJournal.FILE_NAME);
        byte[] whole = Files.readAllBytes(journal);
        // Power lost in the middle of the last record: the file ends part-way through it.
        Files.write(journal, java.util.Arrays.copyOf(whole, whole.length - 7));
        Files.delete(out.resolve("results.json"));

        coordinator = inThisJvm(coordinatorArgs(SMALL, port, out, 1));
        worker = inThisJvm(workerArgs(port, 2));
        Outcome c = coordinator.get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals(0, c.status(), c.err());
        assertTrue(c.err().contains("dropped the torn last record (line 19)"), c.err());
        assertTrue(c.err().contains("resumed 17 of 18 runs"), c.err());
        assertEquals(smallLocal, results(out));
        Outcome w = worker.get(TIMEOUT_S, TimeUnit.SECONDS);
        assertTrue(w.out().contains("this worker ran 1 runs"), w.out());
        assertEquals(18, journalRuns(out).size());
    }

    @Test
    void aSecondCoordinatorOnTheSameOutputExitsTwo() throws Exception {
        Path out = dir.resolve("two-coordinators");
        int port = freePort();
        CompletableFuture<Outcome> first = inThisJvm(coordinatorArgs(SMALL, port, out, 1));
        await(() -> Files.exists(out.resolve(ResultsJournal.FILE_NAME)), "the first coordinator's journal");
        Outcome second = cli(coordinatorArgs(SMALL, freePort(), out, 1));
        assertEquals(2, second.status(), second.err());
        assertTrue(second.err().contains("another coordinator is writing this journal"), second.err());
        CompletableFuture<Outcome> worker = inThisJvm(workerArgs(port, 2));
        assertEquals(0, first.get(TIMEOUT_S, TimeUnit.SECONDS).status());
        assertEquals(0, worker.get(TIMEOUT_S, TimeUnit.SECONDS).status());
        assertEquals(smallLocal, results(out));
    }

    @Test
    void aWorkerOfAnotherBuildIsRefused() throws Exception {
        int port = freePort();
        Path out = dir.resolve("other-build");
        // Another build of the same version: only the commit recorded in the jar differs.
        Path otherBuild = dir.resolve("other-build-classes");
        Files.createDirectories(otherBuild.resolve("io/tickwise"));
        Files.writeString(otherBuild.resolve("io/tickwise/build.properties"),
                "git.commit.id=" + "0123456789".repeat(4) + "\ngit.dirty=false\n");
        CompletableFuture<Outcome> coordinator = inThisJvm(coordinatorArgs(SMALL, port, out, 1));
        Path log = dir.resolve("other-build-worker.log");
        Process stranger = process(log, otherBuild + File.pathSeparator + System.getProperty("java.class.path"),
                workerArgs(port, 1));
        try {
            assertTrue(stranger.waitFor(TIMEOUT_S, TimeUnit.SECONDS), "the refused worker exits");
            assertEquals(2, stranger.exitValue(), Files.readString(log));
            assertTrue(Files.readString(log).contains("this worker runs " + BuildInfo.version() + "+"
                    + "0123456789".repeat(4)), Files.readString(log));
        } finally {
            stranger.destroyForcibly();
        }
        CompletableFuture<Outcome> worker = inThisJvm(workerArgs(port, 2));
        Outcome c = coordinator.get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals(0, c.status(), c.err());
        assertTrue(c.err().contains("refused: coordinator"), c.err());
        assertEquals(smallLocal, results(out));
        assertEquals(0, worker.get(TIMEOUT_S, TimeUnit.SECONDS).status());
    }

    @Test
    void strangersAreRefusedWhileAWorkerOfTheClustersIdentityCompletesTheSweep() throws Exception {
        Path ours = dir.resolve("identity-ours");
        Path foreign = dir.resolve("identity-foreign");
        for (Path identity : List.of(ours, foreign)) {
            Outcome keys = cli(List.of("keys", identity.toString()));
            assertEquals(0, keys.status(), keys.err());
        }
        int port = freePort();
        Path out = dir.resolve("tls");
        StringWriter coordinatorErr = new StringWriter();
        CompletableFuture<Outcome> coordinator = inThisJvm(tls(coordinatorArgs(SMALL, port, out, 1), ours),
                coordinatorErr);
        Path foreignLog = dir.resolve("foreign-worker.log");
        Path plainLog = dir.resolve("plain-worker.log");
        Process foreignWorker = process(foreignLog, tls(workerArgs(port, 1), foreign));
        Process plainWorker = process(plainLog, workerArgs(port, 1));
        try {
            await(() -> coordinatorErr.toString().contains("refused the connection of a node without TLS")
                    && coordinatorErr.toString().contains("refused the connection of a node of another cluster identity"),
                    "the coordinator's word on both strangers");
            CompletableFuture<Outcome> worker = inThisJvm(tls(workerArgs(port, 2), ours));
            Outcome c = coordinator.get(TIMEOUT_S, TimeUnit.SECONDS);
            assertEquals(0, c.status(), c.err());
            assertEquals(smallLocal, results(out));
            assertEquals(0, worker.get(TIMEOUT_S, TimeUnit.SECONDS).status());
            for (Map.Entry<Process, Path> stranger : Map.of(foreignWorker, foreignLog, plainWorker, plainLog).entrySet()) {
                assertTrue(stranger.getKey().waitFor(TIMEOUT_S, TimeUnit.SECONDS), "a refused worker exits in a minute");
                String log = Files.readString(stranger.getValue());
                assertEquals(1, stranger.getKey().exitValue(), log);
                assertTrue(log.contains("sim.jar: failed: could not join 127.0.0.1:" + port), log);
            }
            assertEquals(1, count(c.err(), "refused the connection of a node without TLS"), c.err());
            assertTrue(Files.readString(foreignLog).contains("the node at 127.0.0.1:" + port
                    + " is of another cluster identity"), Files.readString(foreignLog));
        } finally {
            foreignWorker.destroyForcibly();
            plainWorker.destroyForcibly();
        }
    }

    @Test
    void withoutTlsOnlyLoopbackIsBoundUnlessInsecure() {
        Outcome coordinator = cli(args(SMALL, "--cluster", "--bind", "10.200.0.1", "--out", dir.resolve("x").toString()));
        assertEquals(2, coordinator.status(), coordinator.err());
        assertTrue(coordinator.err().contains("without --tls anyone who reaches it can join the cluster"),
                coordinator.err());
        Outcome worker = cli(List.of("worker", "--join", "10.200.0.1:2551", "--bind", "0.0.0.0"));
        assertEquals(2, worker.status(), worker.err());
        assertTrue(worker.err().contains("--bind"), worker.err());
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static List<String> tls(List<String> args, Path identity) {
        List<String> withTls = new ArrayList<>(args);
        withTls.addAll(List.of("--tls", identity.toString()));
        return withTls;
    }

    private static List<String> coordinatorArgs(List<String> sweep, int port, Path out, int minWorkers) {
        return args(sweep, "--cluster", "--port", String.valueOf(port), "--min-workers", String.valueOf(minWorkers),
                "--out", out.toString());
    }

    private static List<String> workerArgs(int port, int threads) {
        return List.of("worker", "--join", "127.0.0.1:" + port, "--threads", String.valueOf(threads));
    }

    private static List<String> args(List<String> sweep, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep"));
        args.addAll(sweep);
        args.addAll(List.of(more));
        return args;
    }

    private static Outcome cli(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(status, out.toString(), err.toString());
    }

    private static CompletableFuture<Outcome> inThisJvm(List<String> args) {
        return inThisJvm(args, new StringWriter());
    }

    /** A node in this JVM whose error stream can be read while it runs. */
    private static CompletableFuture<Outcome> inThisJvm(List<String> args, StringWriter err) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        Thread node = new Thread(() -> {
            StringWriter out = new StringWriter();
            int status = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
            outcome.complete(new Outcome(status, out.toString(), err.toString()));
        }, "node " + String.join(" ", args));
        node.setDaemon(true);
        node.start();
        return outcome;
    }

    private static Process process(Path log, List<String> args) throws IOException {
        return process(log, System.getProperty("java.class.path"), args);
    }

    private static Process process(Path log, String classPath, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "-Xmx256m", "-Dpekko.actor.serialize-messages=on",
                "io.tickwise.cli.Main"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String results(Path out) throws IOException {
        return ResultsWithoutProvenance.of(out);
    }

    /** "point id TAB repetition" of every run in the journal, in order. */
    private static List<String> journalRuns(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(ResultsJournal.FILE_NAME));
        return lines.subList(1, lines.size()).stream().map(l -> l.split("\t")[0] + "\t" + l.split("\t")[1]).toList();
    }

    private static long journalLines(Path out) {
        try {
            Path journal = out.resolve(ResultsJournal.FILE_NAME);
            return Files.exists(journal) ? Files.readAllLines(journal).size() - 1 : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
