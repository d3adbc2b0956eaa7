package io.tickwise.cli;

import io.tickwise.cluster.PlanFactory;
import io.tickwise.cluster.SourceFile;
import io.tickwise.cluster.SweepSource;
import io.tickwise.scenario.Scenario;
import io.tickwise.scenario.ScenarioFiles;
import io.tickwise.scenario.run.ScenarioStudy;
import io.tickwise.sweep.SweepPlan;

import java.util.List;

/** A worker's view of a scenario sweep: the coordinator's files and options, read as the coordinator read them. */
final class ScenarioPlans implements PlanFactory {

    /** The source of the sweep of {@code file} with {@code options}, as the coordinator offers it to workers. */
    static SweepSource source(String file, RunOptions options, String version) {
        return SweepSource.of(version, ScenarioFiles.sources(file).toArray(SourceFile[]::new),
                options.sweepArguments());
    }

    static ScenarioStudy run(Scenario scenario, RunOptions options) {
        // Parallelism is the workers' business: each runs as many runs at once as it has threads.
        return options.study(scenario, 1);
    }

    @Override
    public SweepPlan plan(SweepSource source) {
        RunOptions options = RunOptions.parse(source.arguments());
        return run(options.apply(ScenarioFiles.load(List.of(source.files()))), options).plan();
    }
}
