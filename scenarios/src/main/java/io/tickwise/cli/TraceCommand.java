package io.tickwise.cli;

import io.tickwise.engine.Engine;
import io.tickwise.host.Fidelity;
import io.tickwise.input.BadInputException;
import io.tickwise.kernel.experiment.ExperimentResult;
import io.tickwise.kernel.system.SystemId;
import io.tickwise.scenario.OptionOverride;
import io.tickwise.scenario.Scenario;
import io.tickwise.scenario.ScenarioFiles;
import io.tickwise.scenario.TaskAxis;
import io.tickwise.scenario.run.ScenarioRun;
import io.tickwise.scenario.trace.ChromeTrace;
import io.tickwise.scenario.trace.TraceInfo;
import io.tickwise.sweep.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code trace FILE --system ID --tasks N -o trace.json}: one run of a scenario, traced, for Perfetto or chrome://tracing. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Run one point of a scenario traced and write it in the Chrome Trace Event Format "
                + "(open it in Perfetto UI or chrome://tracing): a track per logical processor, the host threads "
                + "running on it, power states, clocks, package power, wake-ups, HLT exits and migrations.")
final class TraceCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file or built-in name")
    private String file;

    @Option(names = "--system", required = true, description = "The system id")
    private String system;

    @Option(names = "--tasks", required = true, description = "The task count")
    private String tasks;

    @Option(names = "--repetition", defaultValue = "0", description = "Which repetition (seeded as in the sweep; default: ${DEFAULT-VALUE})")
    private int repetition;

    @Option(names = "--seed", description = "Seed (default: the file's)")
    private Long seed;

    @Option(names = "--engine", defaultValue = "fused", description = "fused or actors (default: ${DEFAULT-VALUE})")
    private Engine engine;

    @Option(names = "--fidelity", defaultValue = "fluid", description = "fluid or tick (default: ${DEFAULT-VALUE})")
    private Fidelity fidelity;

    @Option(names = OptionOverride.FLAG, paramLabel = "NAME=VALUE",
            description = "Set a scenario option for this run (repeatable; one value each); options the file lists "
                    + "several values for and not set here take their first")
    private List<String> optionOverrides = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, description = "The trace file to write")
    private Path output;

    @Override
    public void run() {
        List<SystemId> systems = ScenarioFiles.systemsOption(system);
        if (systems.size() != 1) {
            throw BadInputException.option("--system", "one system id, got " + system);
        }
        int count = taskCount();
        if (repetition < 0 || repetition >= ScenarioFiles.MAX_REPETITIONS) {
            throw BadInputException.option("--repetition", "must be in 0.." + (ScenarioFiles.MAX_REPETITIONS - 1)
                    + ", got " + repetition);
        }
        Scenario scenario = ScenarioFiles.load(file).withSystems(systems).withTasks(List.of(count));
        for (String text : optionOverrides) {
            OptionOverride override = OptionOverride.parse(text);
            if (override.values().size() != 1) {
                throw BadInputException.option(OptionOverride.FLAG, "a trace is one run: give " + override.name()
                        + " one value, got " + override.values().size());
            }
            scenario = scenario.withOptions(override.applyTo(scenario.spec().options()));
        }
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        ScenarioRun run = new ScenarioRun(scenario, engine, fidelity, 1);
        ExperimentResult result;
        try (Simulator simulator = Simulator.start()) {
            result = run.single(simulator, systems.get(0), count, repetition, true);
        }
        TraceInfo info = new TraceInfo(scenario.spec().name(), scenario.host().name(), systems.get(0).id(), count,
                repetition, run.seed(count, repetition), engine.id(), fidelity.id(), run.tracedOptions(),
                result.timeNs(), result.ticks(), result.energyJoules());
        long bytes = write(result, info);
        spec.commandLine().getOut().printf(Locale.ROOT, "%s with %d tasks (%s): %.3f s, %d ticks, %.1f J%nwrote %s (%.1f MB)%n",
                info.system(), count, info.options(), result.timeNs() * 1e-9, result.ticks(), result.energyJoules(), output,
                bytes / 1e6);
    }

    private int taskCount() {
        List<Integer> counts;
        try {
            counts = TaskAxis.parse(tasks);
        } catch (IllegalArgumentException e) {
            throw BadInputException.option("--tasks", e.getMessage());
        }
        if (counts.size() != 1) {
            throw BadInputException.option("--tasks", "one task count, got " + tasks);
        }
        return counts.get(0);
    }

    /** Written beside the target and moved into place when complete: a failure leaves no partial trace. */
    private long write(ExperimentResult result, TraceInfo info) {
        Path target = output.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".trace-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    ChromeTrace.write(result.host().timeline().orElseThrow(), result.guest(), info, out);
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return Files.size(target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }
}
