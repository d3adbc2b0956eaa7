package io.tickwise.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code sim.jar}'s command line in this JVM and keeps what it printed. */
public final class SimJar {

    /** Exit status and the two streams of one command. */
    public record Outcome(int status, String out, String err) {
    }

    private SimJar() {
    }

    public static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(status, out.toString(), err.toString());
    }
}
