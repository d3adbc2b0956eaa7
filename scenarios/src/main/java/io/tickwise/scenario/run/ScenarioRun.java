package io.tickwise.scenario.run;

import io.tickwise.engine.Engine;
import io.tickwise.engine.RunActor;
import io.tickwise.engine.RunLimits;
import io.tickwise.host.Fidelity;
import io.tickwise.host.power.EnergyMeter;
import io.tickwise.host.trace.HostTrace;
import io.tickwise.kernel.experiment.Experiment;
import io.tickwise.kernel.experiment.ExperimentResult;
import io.tickwise.kernel.experiment.ExperimentSetup;
import io.tickwise.kernel.system.SystemId;
import io.tickwise.metrics.Distribution;
import io.tickwise.results.PointResult;
import io.tickwise.results.PowerSample;
import io.tickwise.results.PowerTrace;
import io.tickwise.results.Provenance;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.Series;
import io.tickwise.results.Timeline;
import io.tickwise.scenario.Options;
import io.tickwise.scenario.PointOptions;
import io.tickwise.scenario.Scenario;
import io.tickwise.sweep.PointOutcome;
import io.tickwise.sweep.Seeds;
import io.tickwise.sweep.Simulator;
import io.tickwise.sweep.SweepListener;
import io.tickwise.sweep.SweepPlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a scenario as a sweep — every system × task count × combination of swept options,
 * each repeated — and assembles the results document, with the power trace of one chosen run
 * and the timeline of one chosen point per system. Repetition r of every system at one setting
 * draws the same random numbers, and each series is compared, repetition by repetition, with the
 * baseline's series of the same options.
 */
public final class ScenarioRun implements ScenarioStudy {
    /** A report needs the shape of the curve, not every step of a long trace. */
    private static final int MAX_TRACE_SAMPLES = 2_000;

    private final Scenario scenario;
    private final Engine engine;
    private final Fidelity fidelity;
    private final int parallelism;
    private final OptionalInt timelineTasks;
    private final List<ExperimentPoint> points;
    /** Each series' baseline series: the baseline system with the same option values. */
    private final Map<String, String> baselineOf = new LinkedHashMap<>();

    public ScenarioRun(Scenario scenario, Engine engine, Fidelity fidelity, int parallelism) {
        this(scenario, engine, fidelity, parallelism, OptionalInt.empty());
    }

    /** {@code timelineTasks}: the task count of the report's timelines (default: {@link #tasksNearCores}). */
    public ScenarioRun(Scenario scenario, Engine engine, Fidelity fidelity, int parallelism, OptionalInt timelineTasks) {
        this.scenario = scenario;
        this.engine = engine;
        this.fidelity = fidelity;
        this.parallelism = parallelism;
        this.timelineTasks = timelineTasks;
        this.points = buildPoints();
    }

    private List<ExperimentPoint> buildPoints() {
        List<ExperimentPoint> all = new ArrayList<>();
        for (PointOptions options : scenario.spec().options().product()) {
            for (SystemId system : scenario.systems()) {
                String series = seriesName(system, options);
                baselineOf.put(series, seriesName(scenario.baseline(), options));
                for (int tasks : scenario.tasks()) {
                    all.add(new ExperimentPoint(pointId(series, tasks), randomKey(options, tasks), series,
                            setup(system, tasks, options, false)));
                }
            }
        }
        return List.copyOf(all);
    }

    /** The system, labelled with the swept options' values when there are any. */
    private String seriesName(SystemId system, PointOptions options) {
        String label = options.label(scenario.spec().options().axes());
        return label.isEmpty() ? system.id() : system.id() + " [" + label + "]";
    }

    private static String pointId(String series, int tasks) {
        return series + "/" + tasks;
    }

    /** The setting of a point without its system: host, swept option values, task count. */
    private String randomKey(PointOptions options, int tasks) {
        String label = options.label(scenario.spec().options().axes());
        return scenario.host().name() + (label.isEmpty() ? "" : " [" + label + "]") + "/" + tasks;
    }

    private ExperimentSetup setup(SystemId system, int tasks, PointOptions options, boolean traced) {
        return new ExperimentSetup(scenario.host(), options.host(fidelity, traced), scenario.systemsSpec(), system, tasks,
                scenario.taskCycles(), options.guest());
    }

    @Override
    public SweepPlan plan() {
        return new SweepPlan(ExperimentPoint.METRICS, points, scenario.repetitions(), scenario.seed(), engine,
                RunLimits.NONE, parallelism);
    }

    /** Runs the sweep on {@code simulator}; {@code listener} hears of progress. */
    @Override
    public ResultsDocument execute(Simulator simulator, SweepListener listener) {
        long start = System.nanoTime();
        List<PointOutcome> outcomes = simulator.sweepAndWait(plan(), listener);
        return document(outcomes, simulator, (System.nanoTime() - start) / 1e9, List.of(BuildInfo.node()));
    }

    /**
     * The results document of the sweep's outcomes, wherever they were computed; the traced
     * runs of the power trace and the timelines are run again on {@code simulator}.
     */
    @Override
    public ResultsDocument document(List<PointOutcome> outcomes, Simulator simulator, double wallSeconds,
                                    List<String> nodes) {
        return seriesDocument(series(outcomes), simulator, wallSeconds, nodes);
    }

    /** The results document of the sweep's {@link #series}, with the traced runs run again on {@code simulator}. */
    public ResultsDocument seriesDocument(List<Series> series, Simulator simulator, double wallSeconds,
                                         List<String> nodes) {
        // The traced runs are independent of each other: started together, they share the simulator's threads.
        int timelineTasks = this.timelineTasks.orElse(tasksNearCores());
        List<CompletableFuture<RunActor.Completed<ExperimentResult>>> timelineRuns = new ArrayList<>();
        for (SystemId system : scenario.systems()) {
            timelineRuns.add(startSingle(simulator, system, timelineTasks, 0, true));
        }
        // A traced run records both; the first system's timeline is the power trace's run unless the task counts differ.
        CompletableFuture<RunActor.Completed<ExperimentResult>> traceRun = timelineTasks == tasksNearCores()
                ? timelineRuns.get(0) : startSingle(simulator, scenario.systems().get(0), tasksNearCores(), 0, true);
        PowerTrace trace = powerTrace(await(simulator, traceRun));
        List<Timeline> timelines = new ArrayList<>();
        for (int i = 0; i < timelineRuns.size(); i++) {
            HostTrace host = await(simulator, timelineRuns.get(i)).host().timeline().orElseThrow();
            timelines.add(Timelines.of(seriesName(scenario.systems().get(i), firstOptions()), timelineTasks, 0, host));
        }
        return new ResultsDocument(ResultsDocument.SCHEMA, scenario.spec().name(), scenario.host().name(), scenario.seed(),
                scenario.repetitions(), fidelity.id(), scenario.baseline().id(), series, HostParameters.of(scenario), trace,
                timelines, new Provenance(BuildInfo.version(), BuildInfo.commit(), engine.id(), wallSeconds, nodes));
    }

    /** The series of the sweep's outcomes (indexed as {@link #plan} numbers its points), each compared with its baseline. */
    public List<Series> series(List<PointOutcome> outcomes) {
        Map<String, List<PointResult>> bySeries = new LinkedHashMap<>();
        for (PointOutcome outcome : outcomes) {
            ExperimentPoint point = points.get(outcome.index());
            bySeries.computeIfAbsent(point.series(), s -> new ArrayList<>()).add(pointResult(point, outcome));
        }
        List<Series> series = new ArrayList<>();
        bySeries.forEach((name, results) -> series.add(new Series(name, compared(name, results, bySeries))));
        return series;
    }

    private static PointResult pointResult(ExperimentPoint point, PointOutcome outcome) {
        List<Distribution> m = outcome.metrics();
        return new PointResult(point.setup().tasks(), m.get(0).summary(ExperimentPoint.METRICS.get(0)),
                m.get(1).summary(ExperimentPoint.METRICS.get(1)), m.get(2).summary(ExperimentPoint.METRICS.get(2)), null);
    }

    /** The series' points against its baseline series at the same task counts; the baseline's own are left as they are. */
    private List<PointResult> compared(String series, List<PointResult> results, Map<String, List<PointResult>> bySeries) {
        String baseline = baselineOf.get(series);
        if (baseline.equals(series)) {
            return results;
        }
        Map<Integer, PointResult> baselinePoints = new HashMap<>();
        bySeries.get(baseline).forEach(p -> baselinePoints.put(p.tasks(), p));
        return results.stream().map(p -> p.against(baseline, baselinePoints.get(p.tasks()))).toList();
    }

    /**
     * The power trace of the first system at the host's physical core count (or the largest task
     * count below it), first combination of options, repetition 0, run again with power tracing
     * on. Being deterministic, it is exactly the run the sweep measured.
     */
    private PowerTrace powerTrace(ExperimentResult traced) {
        List<EnergyMeter.PowerStep> steps = traced.host().powerTrace();
        int stride = Math.max(1, (steps.size() + MAX_TRACE_SAMPLES - 1) / MAX_TRACE_SAMPLES);
        List<PowerSample> samples = new ArrayList<>();
        for (int i = 0; i < steps.size(); i += stride) {
            samples.add(new PowerSample(steps.get(i).timeNs() * 1e-9, steps.get(i).watts()));
        }
        return new PowerTrace(seriesName(scenario.systems().get(0), firstOptions()), tasksNearCores(), 0, samples);
    }

    /** The host's physical core count if the scenario has it, else the largest task count below it, else the smallest. */
    public int tasksNearCores() {
        int cores = scenario.host().physicalCores();
        int tasks = scenario.tasks().get(0);
        for (int t : scenario.tasks()) {
            if (t <= cores) {
                tasks = t;
            }
        }
        return tasks;
    }

    private PointOptions firstOptions() {
        return scenario.spec().options().product().get(0);
    }

    /**
     * One run of {@code system} with {@code tasks} tasks, the first combination of options,
     * repetition {@code repetition}, traced or not; the seed is the sweep's for that run, so it is
     * the run the sweep measured, with its timeline when traced.
     */
    public ExperimentResult single(Simulator simulator, SystemId system, int tasks, int repetition, boolean traced) {
        return await(simulator, startSingle(simulator, system, tasks, repetition, traced));
    }

    private CompletableFuture<RunActor.Completed<ExperimentResult>> startSingle(Simulator simulator, SystemId system,
                                                                              int tasks, int repetition, boolean traced) {
        return simulator.startRun(engine, experiment(system, tasks, traced), seed(tasks, repetition), RunLimits.NONE);
    }

    private static ExperimentResult await(Simulator simulator, CompletableFuture<RunActor.Completed<ExperimentResult>> run) {
        return simulator.awaitRun(run, "run of Experiment").result();
    }

    /** Every option's value in the run {@link #single} executes, "name=value,...". */
    public String tracedOptions() {
        return firstOptions().label(Options.names());
    }

    /** The run {@link #single} executes, for a caller that wants to run it itself (and see its event count). */
    public Experiment experiment(SystemId system, int tasks, boolean traced) {
        return new Experiment(setup(system, tasks, firstOptions(), traced));
    }

    /** The seed of a run at {@code tasks} tasks, as {@link #single} uses it: the same for every system. */
    public long seed(int tasks, int repetition) {
        return Seeds.forRun(scenario.seed(), randomKey(firstOptions(), tasks), repetition);
    }
}
