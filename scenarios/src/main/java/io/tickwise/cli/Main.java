package io.tickwise.cli;

import io.tickwise.input.BadInputException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code java -jar sim.jar}: exit 0 when the work is done, 2 for bad usage or input (one line
 * on stderr, no stack trace), 1 when the work itself failed.
 */
@Command(name = "sim.jar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Tickwise: time, CPU ticks and energy of multicore, hyper-threaded hosts.",
        subcommands = {ScenarioCommand.class, SweepCommand.class, TraceCommand.class, WorkerCommand.class, ValidateCommand.class, ReportCommand.class,
                ListCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Bind the logging backend before Pekko's threads race to do it (SLF4J then warns about replayed calls).
        LoggerFactory.getILoggerFactory();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((e, arguments) -> {
                    err.println("sim.jar: " + firstLine(e.getMessage()) + " (see --help)");
                    return BAD_INPUT;
                })
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    if (e instanceof BadInputException bad) {
                        err.println("sim.jar: " + bad.getMessage());
                        return BAD_INPUT;
                    }
                    err.println("sim.jar: failed: " + firstLine(String.valueOf(e.getMessage())));
                    if (Boolean.getBoolean("tickwise.trace")) {
                        e.printStackTrace(err);
                    }
                    return FAILURE;
                });
        return cli.execute(args);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}
