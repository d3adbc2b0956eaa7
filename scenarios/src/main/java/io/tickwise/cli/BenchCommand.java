package io.tickwise.cli;

import io.tickwise.engine.Engine;
import io.tickwise.engine.RunLimits;
import io.tickwise.phold.PholdPoint;
import io.tickwise.sweep.PointOutcome;
import io.tickwise.sweep.Simulator;
import io.tickwise.sweep.SweepListener;
import io.tickwise.sweep.SweepPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Engine throughput: PHOLD events handled per second of wall time, after warm-up runs. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure engine throughput (PHOLD events/s).")
final class BenchCommand implements Runnable {

    static final List<String> BENCHMARKS = List.of("phold");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "phold", description = "Benchmark: ${COMPLETION-CANDIDATES}",
            completionCandidates = Benchmarks.class)
    private String benchmark;

    @Option(names = "--engine", defaultValue = "fused", description = "fused or actors (default: ${DEFAULT-VALUE})")
    private Engine engine;

    @Option(names = "--entities", defaultValue = "1000", description = "PHOLD entities (default: ${DEFAULT-VALUE})")
    private int entities;

    @Option(names = "--events", defaultValue = "10000000", description = "Events per measured run (default: ${DEFAULT-VALUE})")
    private long events;

    @Option(names = "--population", defaultValue = "1", description = "Initial events per entity (default: ${DEFAULT-VALUE})")
    private int population;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs; the median is reported (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured warm-up runs (default: ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE})")
    private long seed;

    static final class Benchmarks extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Benchmarks() {
            super(BENCHMARKS);
        }
    }

    @Override
    public void run() {
        if (!BENCHMARKS.contains(benchmark)) {
            throw bad("unknown benchmark '" + benchmark + "'; known: " + String.join(", ", BENCHMARKS));
        }
        if (entities < 1 || entities > 10_000_000) {
            throw bad("--entities must be between 1 and 10000000, was " + entities);
        }
        if (events < 1) {
            throw bad("--events must be >= 1, was " + events);
        }
        if (population < 1 || (long) population * entities > 100_000_000L) {
            throw bad("--population must be >= 1 and population × entities at most 10^8");
        }
        if (runs < 1 || warmup < 0) {
            throw bad("--runs must be >= 1 and --warmup >= 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        // Mean delay 1 ms with a 0.1 ms lookahead: a tenth of the population falls in one lookahead window.
        PholdPoint point = new PholdPoint("phold", entities, population, 1_000_000, 100_000);
        SweepPlan plan = new SweepPlan(PholdPoint.METRICS, List.of(point), 1, seed, engine, RunLimits.events(events), 1);
        double[] rates = new double[runs];
        try (Simulator simulator = Simulator.start()) {
            for (int i = 0; i < warmup; i++) {
                simulator.sweepAndWait(plan, SweepListener.NONE);
            }
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                List<PointOutcome> outcome = simulator.sweepAndWait(plan, SweepListener.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                long handled = outcome.get(0).metrics().get(0).max();
                rates[i] = handled / seconds;
                out.printf(Locale.ROOT, "run %d: %,d events in %.3f s = %,.0f events/s%n", i + 1, handled, seconds, rates[i]);
            }
        }
        Arrays.sort(rates);
        out.printf(Locale.ROOT, "phold engine=%s entities=%d events=%d: median %,.0f events/s%n",
                engine.id(), entities, events, rates[runs / 2]);
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
