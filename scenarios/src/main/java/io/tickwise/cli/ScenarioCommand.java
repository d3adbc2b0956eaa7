package io.tickwise.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenario FILE}: run a scenario (built-in name or path) and write its results. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Run a scenario (built-in name such as intel-72.yaml, or a path): table on the terminal, "
                + "results.json, results.csv and report.html in --out.")
final class ScenarioCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file or built-in name")
    private String file;

    @Mixin
    private RunOptions options;

    @Override
    public void run() {
        ScenarioExecution.run(file, options, spec.commandLine().getOut(), spec.commandLine().getErr(),
                Main.progressLine(spec, options.noProgress));
    }
}
