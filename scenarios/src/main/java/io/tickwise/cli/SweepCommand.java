package io.tickwise.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sweep FILE}: the product of a sweep file's axes (options given as lists), run on this
 * machine; a plain scenario file gives the same results as {@code scenario}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a sweep file (a scenario whose options may be lists: their product is swept) on this machine.")
final class SweepCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Sweep or scenario file, or a built-in name")
    private String file;

    @Mixin
    private RunOptions options;

    @Override
    public void run() {
        ScenarioExecution.run(file, options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
