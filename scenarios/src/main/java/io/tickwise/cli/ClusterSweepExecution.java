package io.tickwise.cli;

import io.tickwise.cluster.ClusterNodes;
import io.tickwise.cluster.ResultsJournal;
import io.tickwise.cluster.SweepSource;
import io.tickwise.results.ResultsDocument;
import io.tickwise.scenario.Scenario;
import io.tickwise.scenario.ScenarioFiles;
import io.tickwise.scenario.run.BuildInfo;
import io.tickwise.scenario.run.ClusterProgress;
import io.tickwise.scenario.run.ResultTables;
import io.tickwise.scenario.run.ResultsFiles;
import io.tickwise.scenario.run.ScenarioRun;
import io.tickwise.sweep.PointOutcome;
import io.tickwise.sweep.Simulator;
import io.tickwise.sweep.SweepCoordinator.SweepFailedException;
import io.tickwise.sweep.SweepPlan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A sweep run by the workers of a cluster: this node coordinates, journals every finished run
 * in the output directory, and at the end writes the same results files a local sweep writes.
 */
final class ClusterSweepExecution {
    private ClusterSweepExecution() {
    }

    static void run(String file, RunOptions options, String bind, int port, int minWorkers, PrintWriter out,
                    PrintWriter err) {
        Scenario scenario = options.apply(ScenarioFiles.load(file));
        SweepSource source = ScenarioPlans.source(file, options, BuildInfo.version());
        ScenarioRun run = ScenarioPlans.run(scenario, options);
        SweepPlan plan = run.plan();
        Path directory = options.outputDirectory(scenario);
        ClusterProgress progress = new ClusterProgress(err, System.console() != null && !options.noProgress,
                plan.points().size());
        long start = System.nanoTime();
        ResultsDocument document;
        try (ResultsJournal journal = ResultsJournal.open(directory, source.sweepId(), plan);
             Simulator node = ClusterNodes.coordinator(bind, port)) {
            err.printf("coordinating sweep %s (%d points × %d repetitions) at %s:%d; workers join with: "
                            + "java -jar sim.jar worker --join %s:%d%n", source.sweepId(), plan.points().size(),
                    plan.repetitions(), bind, port, bind, port);
            err.flush();
            List<PointOutcome> outcomes = await(ClusterNodes.coordinate(node, plan, source, journal, minWorkers,
                    progress).toCompletableFuture());
            List<String> nodes = new ArrayList<>();
            nodes.add(BuildInfo.node() + " (coordinator)");
            nodes.addAll(progress.workerNodes());
            document = run.document(outcomes, node, (System.nanoTime() - start) / 1e9, nodes);
        }
        ResultTables.print(document, out, options.relative, options.table);
        List<Path> written = ResultsFiles.write(directory, document);
        out.println();
        written.forEach(p -> out.println("wrote " + p));
    }

    /** The sweep's outcome; a failed run's cause is rethrown as it was reported. */
    private static List<PointOutcome> await(CompletableFuture<List<PointOutcome>> sweep) {
        try {
            return sweep.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SweepFailedException failed) {
                throw failed;
            }
            throw e;
        }
    }
}
