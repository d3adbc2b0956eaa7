package io.tickwise.cli;

import io.tickwise.input.BadInputException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.concurrent.CompletionException;

/**
 * {@code java -jar sim.jar}: exit 0 when the work is done, 2 for bad usage or input (one line
 * on stderr, no stack trace), 1 when the work itself failed.
 */
@Command(name = "sim.jar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Tickwise: time, CPU ticks and energy of multicore, hyper-threaded hosts.",
        subcommands = {ScenarioCommand.class, SweepCommand.class, TraceCommand.class, WorkerCommand.class, KeysCommand.class,
                ValidateCommand.class, ReportCommand.class, ListCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final boolean stderrIsTerminal;

    private Main(boolean stderrIsTerminal) {
        this.stderrIsTerminal = stderrIsTerminal;
    }

    public static void main(String[] args) {
        // Bind the logging backend before Pekko's threads race to do it (SLF4J then warns about replayed calls).
        LoggerFactory.getILoggerFactory();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                Terminal.stderrIsTerminal()));
    }

    /** Runs the command line with the given output streams, the error stream not a terminal, and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, false);
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, boolean stderrIsTerminal) {
        CommandLine cli = new CommandLine(new Main(stderrIsTerminal))
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
                    err.println("sim.jar: failed: " + failure(e));
                    if (Boolean.getBoolean("tickwise.trace")) {
                        e.printStackTrace(err);
                    }
                    return FAILURE;
                });
        return cli.execute(args);
    }

    /** One line about what failed: the message, or the exception's type when it has none (never "null"). */
    private static String failure(Throwable e) {
        Throwable shown = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        String message = shown.getMessage();
        return message == null || message.isBlank() ? shown.getClass().getName() : firstLine(message);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /**
     * Whether a command may redraw a progress line in place on its error stream: only when that
     * stream is a terminal and the user did not turn it off; elsewhere output is plain lines.
     */
    static boolean progressLine(CommandLine.Model.CommandSpec command, boolean noProgress) {
        return !noProgress && ((Main) command.root().userObject()).stderrIsTerminal;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}
