package io.tickwise.cli;

import io.tickwise.engine.Engine;
import io.tickwise.engine.RunActor;
import io.tickwise.kernel.experiment.ExperimentResult;
import io.tickwise.kernel.system.SystemId;
import io.tickwise.scenario.BuiltIns;
import io.tickwise.host.Fidelity;
import io.tickwise.scenario.Scenario;
import io.tickwise.scenario.ScenarioFiles;
import io.tickwise.scenario.run.ScenarioRun;
import io.tickwise.engine.RunLimits;
import io.tickwise.phold.PholdPoint;
import io.tickwise.sweep.EventCounts;
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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Throughput: PHOLD events handled per second of wall time (the engine alone), a built-in
 * scenario's whole grid in runs per second (engine and models), or single runs of the examples
 * of scale (thousands of tasks on thousands of logical processors) in wall time and heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput: PHOLD events/s (engine), a scenario grid's runs/s (engine and models), "
                + "or the wall time and peak heap of single runs at scale.")
final class BenchCommand implements Runnable {

    static final List<String> BENCHMARKS = List.of("phold", "grid", "scale");

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

    @Option(names = "--runs", description = "Measured runs; the median is reported (default: 3 for phold, 1 for grid)")
    private Integer runs;

    @Option(names = "--warmup", description = "Unmeasured warm-up runs (default: 2 for phold, 0 for grid)")
    private Integer warmup;

    @Option(names = "--scenario", defaultValue = "intel-72", description = "grid: the built-in scenario (default: ${DEFAULT-VALUE})")
    private String scenario;

    @Option(names = "--fidelity", defaultValue = "fluid", description = "grid: fluid or tick (default: ${DEFAULT-VALUE})")
    private Fidelity fidelity;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--examples", split = ",", defaultValue = "scale-1024,scale-4096",
            description = "scale: the examples of scale to run (default: ${DEFAULT-VALUE})")
    private List<String> examples;

    @Option(names = "--systems", description = "scale: comma-separated system ids (default: the example's six)")
    private String systems;

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
        boolean phold = benchmark.equals("phold");
        int measured = runs != null ? runs : phold ? 3 : 1;
        int unmeasured = warmup != null ? warmup : phold ? 2 : 0;
        if (measured < 1 || unmeasured < 0) {
            throw bad("--runs must be >= 1 and --warmup >= 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (benchmark.equals("grid")) {
            grid(out, measured, unmeasured);
            return;
        }
        if (benchmark.equals("scale")) {
            scale(out, measured, unmeasured);
            return;
        }
        // Mean delay 1 ms with a 0.1 ms lookahead: a tenth of the population falls in one lookahead window.
        PholdPoint point = new PholdPoint("phold", entities, population, 1_000_000, 100_000);
        SweepPlan plan = new SweepPlan(PholdPoint.METRICS, List.of(point), 1, seed, engine, RunLimits.events(events), 1);
        double[] rates = new double[measured];
        try (Simulator simulator = Simulator.start()) {
            for (int i = 0; i < unmeasured; i++) {
                simulator.sweepAndWait(plan, SweepListener.NONE);
            }
            for (int i = 0; i < measured; i++) {
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
                engine.id(), entities, events, rates[measured / 2]);
    }

    /**
     * The scenario's whole grid, as `scenario` runs it, without writing files: runs per second,
     * and events per second of wall time and per second of the process's CPU time (its worker
     * threads, the collector's and the compiler's: per core, whatever the machine's load).
     */
    private void grid(PrintWriter out, int measured, int unmeasured) {
        Scenario loaded = ScenarioFiles.load(scenario);
        SweepPlan plan = EventCounts.of(
                new ScenarioRun(loaded, engine, fidelity, Runtime.getRuntime().availableProcessors()).plan());
        double[] rates = new double[measured];
        try (Simulator simulator = Simulator.start()) {
            for (int i = 0; i < unmeasured; i++) {
                simulator.sweepAndWait(plan, SweepListener.NONE);
            }
            for (int i = 0; i < measured; i++) {
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                long events = EventCounts.total(simulator.sweepAndWait(plan, SweepListener.NONE));
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
                rates[i] = plan.runs() / seconds;
                out.printf(Locale.ROOT, "run %d: %,d runs in %.3f s = %,.0f runs/s; %,d events = %,.0f events/s, "
                                + "cpu %.3f s = %,.0f events per cpu second%n", i + 1, plan.runs(), seconds, rates[i],
                        events, events / seconds, cpuSeconds, events / cpuSeconds);
            }
        }
        Arrays.sort(rates);
        out.printf(Locale.ROOT, "grid %s engine=%s fidelity=%s: median %,.0f runs/s; process up %.1f s%n",
                loaded.spec().name(), engine.id(), fidelity.id(), rates[measured / 2],
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
    }

    /**
     * Each example's single point (one task count), each system once per pass: wall time of the
     * run alone (the jar, the actor system and the files already loaded), the process's CPU time
     * over it (the run's thread, the collector's and the compiler's: on a shared machine it
     * varies less than the wall time), events handled, and the heap's peak during the run. The
     * peak is the sum of the heap pools' own peaks since a collection just before the run: an
     * upper bound, as the pools need not peak together.
     */
    private void scale(PrintWriter out, int measured, int unmeasured) {
        for (String example : examples) {
            if (!BuiltIns.EXAMPLES.contains(example)) {
                throw bad("unknown example '" + example + "'; known: " + String.join(", ", BuiltIns.EXAMPLES));
            }
        }
        List<SystemId> chosen = systems == null ? null : ScenarioFiles.systemsOption(systems);
        try (Simulator simulator = Simulator.start()) {
            for (String example : examples) {
                Scenario loaded = ScenarioFiles.load(BuiltIns.example(example));
                ScenarioRun run = new ScenarioRun(loaded, engine, Fidelity.FLUID, 1);
                int tasks = loaded.tasks().get(0);
                out.printf(Locale.ROOT, "%s: %,d tasks on %s (%,d logical processors), engine %s%n", example, tasks,
                        loaded.host().name(), loaded.host().logicalProcessors(), engine.id());
                for (SystemId system : chosen == null ? loaded.systems() : chosen) {
                    for (int i = 0; i < unmeasured + measured; i++) {
                        System.gc();
                        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
                        long start = System.nanoTime();
                        long cpuStart = processCpuNanos();
                        RunActor.Completed<ExperimentResult> done = simulator.runWithStats(engine,
                                run.experiment(system, tasks, false), run.seed(tasks, 0), RunLimits.NONE);
                        double seconds = (System.nanoTime() - start) / 1e9;
                        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
                        long peak = heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
                        out.printf(Locale.ROOT, "  %-24s %s %7.3f s  cpu %7.3f s  %,12d events  peak heap %,5d MiB"
                                        + "  (simulated %.3f s)%n", system.id(), i < unmeasured ? "warm-up" : "run    ",
                                seconds, cpuSeconds, done.stats().events(), peak >> 20, done.result().timeNs() / 1e9);
                    }
                }
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
