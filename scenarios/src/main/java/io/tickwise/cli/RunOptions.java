package io.tickwise.cli;

import io.tickwise.engine.Engine;
import io.tickwise.host.Fidelity;
import io.tickwise.input.BadInputException;
import io.tickwise.scenario.OptionOverride;
import io.tickwise.scenario.Scenario;
import io.tickwise.scenario.ScenarioFiles;
import io.tickwise.scenario.TaskAxis;
import io.tickwise.scenario.run.ScenarioRun;
import io.tickwise.scenario.run.ScenarioStudy;
import io.tickwise.scenario.run.TableLayout;
import io.tickwise.scenario.uncertainty.UncertaintyRun;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Options shared by {@code scenario} and {@code sweep}: overrides of the file and how to run it. */
final class RunOptions {

    @Option(names = "--tasks", description = "Task counts, e.g. 1..144, 1,2,4 or a mix (default: the file's)")
    String tasks;

    @Option(names = "--systems", description = "Comma-separated system ids (default: the file's)")
    String systems;

    @Option(names = "--reps", description = "Repetitions per point (default: the file's)")
    Integer repetitions;

    @Option(names = "--seed", description = "Seed (default: the file's)")
    Long seed;

    @Option(names = OptionOverride.FLAG, paramLabel = "NAME=VALUE[,VALUE...]",
            description = "Set a scenario option (repeatable); a list of values sweeps it, e.g. mainThread=join,spin")
    private List<String> optionOverrides;

    @Option(names = "--engine", defaultValue = "fused", description = "fused or actors (default: ${DEFAULT-VALUE})")
    Engine engine;

    @Option(names = "--fidelity", defaultValue = "fluid", description = "fluid or tick (default: ${DEFAULT-VALUE})")
    Fidelity fidelity;

    @Option(names = "--parallelism", description = "Runs at once (default: available cores)")
    Integer parallelism;

    @Option(names = "--out", description = "Output directory (default: out/<scenario>)")
    Path out;

    @Option(names = "--no-progress", description = "No progress bar even on a terminal")
    boolean noProgress;

    @Option(names = "--timeline-tasks", description = "Task count of the report's per-processor timelines "
            + "(default: the host's physical cores, or the largest task count below)")
    Integer timelineTasks;

    @Option(names = "--uncertainty", paramLabel = "K", description = "Also run K Latin-hypercube samples of the "
            + "ranged constants of the host and systems files, each with the scenario's repetitions, and add their "
            + "spread, the constants' rank correlations and the findings' shares to the results")
    Integer uncertainty;

    @Option(names = "--relative", description = "Print each system's ratio to the baseline instead of the means")
    boolean relative;

    @Option(names = "--table", defaultValue = "summary", description = "summary (task counts of interest, short "
            + "labels) or full (every task count and series name) (default: ${DEFAULT-VALUE})")
    TableLayout table;

    /**
     * The options that decide the results, as command-line arguments another node parses the
     * same way ({@link #parse}); where and how fast the sweep runs (--out, --parallelism) is left out.
     */
    String[] sweepArguments() {
        List<String> arguments = new ArrayList<>();
        if (tasks != null) {
            arguments.addAll(List.of("--tasks", tasks));
        }
        if (systems != null) {
            arguments.addAll(List.of("--systems", systems));
        }
        if (repetitions != null) {
            arguments.addAll(List.of("--reps", repetitions.toString()));
        }
        if (seed != null) {
            arguments.addAll(List.of("--seed", seed.toString()));
        }
        if (optionOverrides != null) {
            optionOverrides.forEach(o -> arguments.addAll(List.of(OptionOverride.FLAG, o)));
        }
        if (uncertainty != null) {
            arguments.addAll(List.of("--uncertainty", uncertainty.toString()));
        }
        arguments.addAll(List.of("--engine", engine.id(), "--fidelity", fidelity.id()));
        return arguments.toArray(String[]::new);
    }

    static RunOptions parse(String[] arguments) {
        try {
            RunOptions options = new RunOptions();
            new CommandLine(options).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(arguments);
            return options;
        } catch (CommandLine.ParameterException e) {
            throw BadInputException.option(String.join(" ", arguments), e.getMessage());
        }
    }

    Scenario apply(Scenario scenario) {
        Scenario result = scenario;
        if (tasks != null) {
            try {
                result = result.withTasks(TaskAxis.parse(tasks));
            } catch (IllegalArgumentException e) {
                throw BadInputException.option("--tasks", e.getMessage());
            }
        }
        if (systems != null) {
            result = result.withSystems(ScenarioFiles.systemsOption(systems));
        }
        if (repetitions != null) {
            if (repetitions < 1 || repetitions > ScenarioFiles.MAX_REPETITIONS) {
                throw BadInputException.option("--reps", "must be in 1.." + ScenarioFiles.MAX_REPETITIONS + ", got " + repetitions);
            }
            result = result.withRepetitions(repetitions);
        }
        if (seed != null) {
            result = result.withSeed(seed);
        }
        if (optionOverrides != null) {
            for (String text : optionOverrides) {
                result = result.withOptions(OptionOverride.parse(text).applyTo(result.spec().options()));
            }
        }
        return result;
    }

    /** The scenario's runs as one sweep: plain, or with parameter samples when --uncertainty asks for them. */
    ScenarioStudy study(Scenario scenario, int runsAtOnce) {
        if (uncertainty == null) {
            return new ScenarioRun(scenario, engine, fidelity, runsAtOnce, timelineTasks());
        }
        if (uncertainty < 2 || uncertainty > UncertaintyRun.MAX_SAMPLES) {
            throw BadInputException.option("--uncertainty", "must be in 2.." + UncertaintyRun.MAX_SAMPLES
                    + ", got " + uncertainty);
        }
        return new UncertaintyRun(scenario, uncertainty, engine, fidelity, runsAtOnce, timelineTasks());
    }

    int parallelism() {
        int value = parallelism == null ? Runtime.getRuntime().availableProcessors() : parallelism;
        if (value < 1 || value > 4096) {
            throw BadInputException.option("--parallelism", "must be in 1..4096, got " + value);
        }
        return value;
    }

    OptionalInt timelineTasks() {
        if (timelineTasks == null) {
            return OptionalInt.empty();
        }
        if (timelineTasks < 1 || timelineTasks > TaskAxis.MAX_TASKS) {
            throw BadInputException.option("--timeline-tasks", "must be in 1.." + TaskAxis.MAX_TASKS + ", got " + timelineTasks);
        }
        return OptionalInt.of(timelineTasks);
    }

    Path outputDirectory(Scenario scenario) {
        return out != null ? out : Path.of("out", scenario.spec().name());
    }
}
