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

/** Loads a scenario, runs it locally, prints the table and writes the results files. */
final class ScenarioExecution {
    private ScenarioExecution() {
    }

    static void run(String file, RunOptions options, PrintWriter out, PrintWriter err, boolean progressLine) {
        Scenario scenario = options.apply(ScenarioFiles.load(file));
        int parallelism = options.parallelism();
        Path directory = options.outputDirectory(scenario);
        ScenarioStudy run = options.study(scenario, parallelism);
        SweepListener progress = progressLine ? new ProgressBar(err) : SweepListener.NONE;
        ResultsDocument document;
        try (Simulator simulator = Simulator.start()) {
            document = run.execute(simulator, progress);
        }
        ResultTables.print(document, out, options.relative, options.table);
        List<Path> written = ResultsFiles.write(directory, document);
        out.println();
        written.forEach(p -> out.println("wrote " + p));
    }
}
