package io.tickwise.cli;

import io.tickwise.input.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sweep FILE}: the product of a sweep file's axes (options given as lists), run on this
 * machine, or with {@code --cluster} on the workers that join this node; a plain scenario file
 * gives the same results as {@code scenario}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a sweep file (a scenario whose options may be lists: their product is swept) on this machine,"
                + " or with --cluster on the workers that join this node.")
final class SweepCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Sweep or scenario file, or a built-in name")
    private String file;

    @Mixin
    private RunOptions options;

    @Option(names = "--cluster", description = "Coordinate the sweep on a cluster of workers (see the worker command)")
    private boolean cluster;

    @Option(names = "--port", defaultValue = "2551", description = "With --cluster: the port workers join (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "With --cluster: the address this node listens on and workers join (default: ${DEFAULT-VALUE})")
    private String bind;

    @Mixin
    private ClusterSecurity security;

    @Option(names = "--min-workers", defaultValue = "1",
            description = "With --cluster: workers to wait for before handing out work (default: ${DEFAULT-VALUE})")
    private int minWorkers;

    @Override
    public void run() {
        if (!cluster) {
            for (String clusterOnly : new String[] {"--port", "--bind", "--min-workers", "--tls", "--insecure"}) {
                if (spec.commandLine().getParseResult().hasMatchedOption(clusterOnly)) {
                    throw BadInputException.option(clusterOnly, "only means something with --cluster");
                }
            }
            ScenarioExecution.run(file, options, spec.commandLine().getOut(), spec.commandLine().getErr(),
                    Main.progressLine(spec, options.noProgress));
            return;
        }
        if (port < 1 || port > 65_535) {
            throw BadInputException.option("--port", "must be in 1..65535, got " + port);
        }
        if (minWorkers < 1 || minWorkers > 10_000) {
            throw BadInputException.option("--min-workers", "must be in 1..10000, got " + minWorkers);
        }
        ClusterSweepExecution.run(file, options, bind, port, security.identity(bind), minWorkers, spec.commandLine().getOut(),
                spec.commandLine().getErr(), Main.progressLine(spec, options.noProgress));
    }
}
