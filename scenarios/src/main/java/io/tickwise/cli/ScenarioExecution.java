package io.tickwise.cli;

import io.tickwise.results.ResultsDocument;
import io.tickwise.scenario.Scenario;
import io.tickwise.scenario.ScenarioFiles;
import io.tickwise.scenario.run.ProgressBar;
import io.tickwise.scenario.run.ResultTables;
import io.tickwise.scenario.run.ResultsFiles;
import io.tickwise.scenario.run.ScenarioStudy;
import io.tickwise.sweep.Simulator;
import io.tickwise.sweep.SweepListener;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Loads a scenario, runs it locally, prints the table and writes the results files. */
final class ScenarioExecution {
    private ScenarioExecution() {
    }

    static void run(String file, RunOptions options, PrintWriter out, PrintWriter err, boolean progressLine) {
        CompletableFuture<Simulator> starting = Simulator.startInBackground();
        Path directory;
        ScenarioStudy run;
        try {
            Scenario scenario = options.apply(ScenarioFiles.load(file));
            directory = options.outputDirectory(scenario);
            run = options.study(scenario, options.parallelism());
        } catch (RuntimeException | Error e) {
            starting.thenAccept(Simulator::close);
            throw e;
        }
        SweepListener progress = progressLine ? new ProgressBar(err) : SweepListener.NONE;
        ResultsDocument document;
        CompletableFuture<Void> closed;
        Simulator simulator = Simulator.started(starting);
        try {
            document = run.execute(simulator, progress);
        } finally {
            // The actor system winds down while the tables and files are written.
            closed = CompletableFuture.runAsync(simulator::close);
        }
        List<Path> written;
        try {
            CompletableFuture<List<Path>> writing = ResultsFiles.writeInBackground(directory, document);
            ResultTables.print(document, out, options.relative, options.table);
            written = ResultsFiles.written(writing);
        } finally {
            closed.join();
        }
        out.println();
        written.forEach(p -> out.println("wrote " + p));
    }
}
