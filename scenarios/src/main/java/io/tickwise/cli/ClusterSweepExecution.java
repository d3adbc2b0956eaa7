package io.tickwise.cli;

import io.tickwise.cluster.ClusterNodes;
import io.tickwise.cluster.ResultsJournal;
import io.tickwise.cluster.SweepSource;
import io.tickwise.cluster.WatchedListener;
import io.tickwise.cluster.tls.ClusterIdentity;
import io.tickwise.results.ResultsDocument;
import io.tickwise.scenario.Scenario;
import io.tickwise.scenario.ScenarioFiles;
import io.tickwise.scenario.run.BuildInfo;
import io.tickwise.scenario.run.ClusterProgress;
import io.tickwise.scenario.run.ResultTables;
import io.tickwise.scenario.run.ResultsFiles;
import io.tickwise.scenario.run.ScenarioStudy;
import io.tickwise.sweep.PointOutcome;
import io.tickwise.sweep.Simulator;
import io.tickwise.sweep.Stall;
import io.tickwise.sweep.SweepPlan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A sweep run by the workers of a cluster: this node coordinates, journals every finished run
 * in the output directory, and at the end writes the same results files a local sweep writes.
 */
final class ClusterSweepExecution {
    private ClusterSweepExecution() {
    }

    static void run(String file, RunOptions options, String bind, int port, Optional<ClusterIdentity> identity,
                    int minWorkers, PrintWriter out,
                    PrintWriter err, boolean progressLine) {
        Scenario scenario = options.apply(ScenarioFiles.load(file));
        SweepSource source = ScenarioPlans.source(file, options, BuildInfo.identity());
        ScenarioStudy run = ScenarioPlans.run(scenario, options);
        SweepPlan plan = run.plan();
        Path directory = options.outputDirectory(scenario);
        ClusterProgress progress = new ClusterProgress(err, progressLine,
                plan.points().size());
        long start = System.nanoTime();
        ResultsDocument document;
        try (ResultsJournal journal = ResultsJournal.open(directory, source.sweepId(), plan);
             Simulator node = ClusterNodes.coordinator(bind, port, identity)) {
            journal.tornLine().ifPresent(line -> err.printf("dropped the torn last record (line %d) of %s, left by"
                    + " a crash; its run is done again%n", line, directory.resolve(ResultsJournal.FILE_NAME)));
            err.printf("coordinating sweep %s (%d points × %d repetitions) at %s:%d%s; workers join with: "
                            + "java -jar sim.jar worker --join %s:%d%s%n", source.sweepId(), plan.points().size(),
                    plan.repetitions(), bind, port,
                    identity.map(i -> " over TLS, cluster identity " + i.fingerprint()).orElse(""), bind, port,
                    identity.isPresent() ? " --tls DIR (a copy of this node's)" : "");
            err.flush();
            Stall stall = node.stall();
            List<PointOutcome> outcomes = await(stall, ClusterNodes.coordinate(node, plan, source, journal, minWorkers,
                    new WatchedListener(progress, stall)).toCompletableFuture());
            List<String> nodes = new ArrayList<>();
            nodes.add(BuildInfo.node() + " (coordinator)");
            nodes.addAll(progress.workerNodes());
            document = run.document(outcomes, node, (System.nanoTime() - start) / 1e9, nodes);
        }
        CompletableFuture<List<Path>> writing = ResultsFiles.writeInBackground(directory, document);
        ResultTables.print(document, out, options.relative, options.table);
        List<Path> written = ResultsFiles.written(writing);
        out.println();
        written.forEach(p -> out.println("wrote " + p));
    }

    /** The sweep's outcome; a failure is rethrown as it was reported. */
    private static List<PointOutcome> await(Stall stall, CompletableFuture<List<PointOutcome>> sweep) {
        try {
            return stall.await(sweep, "cluster sweep (no worker joined or sent results)");
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failed) {
                throw failed;
            }
            throw e;
        }
    }
}
