package io.tickwise.validation;

import io.tickwise.engine.Engine;
import io.tickwise.engine.RunLimits;
import io.tickwise.host.HostOptions;
import io.tickwise.host.cpu.CoreSpeeds;
import io.tickwise.host.spec.Cited;
import io.tickwise.host.spec.HostSpec;
import io.tickwise.image.run.Backend;
import io.tickwise.image.run.PointMeasurement;
import io.tickwise.image.run.RunRequest;
import io.tickwise.image.topology.HostTopology;
import io.tickwise.kernel.experiment.Experiment;
import io.tickwise.kernel.experiment.ExperimentResult;
import io.tickwise.kernel.experiment.ExperimentSetup;
import io.tickwise.kernel.experiment.GuestOptions;
import io.tickwise.kernel.spec.SystemsSpec;
import io.tickwise.kernel.system.SystemId;
import io.tickwise.results.BackendValidation;
import io.tickwise.results.ValidationPoint;
import io.tickwise.scenario.LocalHost;
import io.tickwise.sweep.Seeds;
import io.tickwise.sweep.Simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the task for real on one backend and simulates the same points on this machine's host
 * model: the single-task time measured on the backend is the one fitted number, and the CPU the
 * backend spends without work (for the image, the emulator's own per VM) the one measured
 * constant; every other point is a prediction. One task is run confined to each CPU in turn, so
 * each round also measures how fast each CPU runs the backend at that moment, and under
 * {@link CpuSpeedModel#MEASURED} the round is simulated with those speeds. Measured values are
 * the chosen statistic (median or minimum) over the rounds, each run first scaled by its round's
 * single-task time under {@link Calibration#PER_ROUND}; simulated values are the same statistic
 * over the rounds' simulations, each a mean over seeded repetitions.
 */
public final class Validation {
    /** Simulated repetitions per point and round: enough to average the seeded placement. */
    private static final int SIMULATED_REPETITIONS = 5;
    /** A disturbed run is run again this many times at most before it is kept as it is. */
    private static final int RETRIES = 2;
    /** USER_HZ: the unit of the ticks that /proc reports. */
    private static final double TICKS_PER_SECOND = 100;

    private final HostTopology topology;
    private final HostSpec host;
    private final SystemsSpec systems;
    private final Simulator simulator;
    private final long seed;
    private final Statistic statistic;
    private final Calibration calibration;

    public Validation(HostTopology topology, SystemsSpec systems, Simulator simulator, long seed, Statistic statistic,
                      Calibration calibration) {
        this.topology = topology;
        this.host = LocalHost.model(topology);
        this.statistic = statistic;
        this.calibration = calibration;
        this.systems = systems;
        this.simulator = simulator;
        this.seed = seed;
    }

    /**
     * The model of what runs on {@code backend}: the bare-metal runner, or the multicore
     * unikernel whose vCPUs are host threads, waking its processors without the SDM's delays and
     * halting its BSP until the last IPI as the image does, and charged the emulator's own CPU as
     * measured over the QEMU process's life, which its ticks cover.
     */
    static ExperimentSetup setupFor(String backend, HostSpec host, HostOptions hostOptions, SystemsSpec systems, int tasks,
                                    double taskCycles) {
        return switch (backend) {
            case "processes" -> new ExperimentSetup(host, hostOptions, systems, SystemId.BARE_METAL_PROCESSES, tasks,
                    taskCycles, GuestOptions.DEFAULTS);
            case "threads" -> new ExperimentSetup(host, hostOptions, systems, SystemId.BARE_METAL_THREADS, tasks,
                    taskCycles, GuestOptions.DEFAULTS);
            case "image" -> new ExperimentSetup(host, hostOptions, systems.withUnikernel(systems.unikernel()
                            .withoutWakeupWaits("image-backend kernel.c: broadcast start-up without the MP-spec delays")),
                    SystemId.MULTICORE_UNIKERNEL, tasks, taskCycles, GuestOptions.DEFAULTS.withBspWait(GuestOptions.BspWait.HALT)
                            .withTickWindow(GuestOptions.TickWindow.PROCESS_LIFETIME));
            default -> throw new IllegalArgumentException("no model for backend " + backend);
        };
    }

    /**
     * Measures {@code plan} on its backend, the single task confined to each of {@code cpus} in
     * turn. Nothing else of Tickwise's runs meanwhile: the simulations come after every backend
     * is measured, so that this JVM's compiler and collector, busy after a simulation, do not
     * share the machine with a measured run.
     */
    public static Measurements measure(ValidationPlan plan, List<Integer> cpus, Consumer<String> progress) {
        Backend backend = plan.backend();
        List<Integer> counts = plan.measuredCounts();
        List<List<PointMeasurement>> kept = new ArrayList<>();
        int[] disturbed = new int[counts.size()];
        counts.forEach(n -> kept.add(new ArrayList<>()));
        List<Long> startupTicks = new ArrayList<>();
        // Repetitions go round the points, so slow drifts of a shared machine spread over all of them.
        for (int r = 0; r < plan.repetitions(); r++) {
            startupTicks.add(backend.run(new RunRequest(1, 0, plan.timeout())).ticks());
            for (int i = 0; i < counts.size(); i++) {
                RunRequest request = new RunRequest(counts.get(i), plan.bound(), plan.timeout());
                if (counts.get(i) == 1) {
                    for (int cpu : cpus) {
                        kept.get(i).add(undisturbed(backend, request.pinnedTo(cpu), r, plan, disturbed, i, progress));
                    }
                } else {
                    kept.get(i).add(undisturbed(backend, request, r, plan, disturbed, i, progress));
                }
            }
        }
        return new Measurements(plan, cpus, kept, Arrays.stream(disturbed).boxed().toList(), startupTicks);
    }

    /** Runs {@code request}, again up to {@link #RETRIES} times while the run was disturbed. */
    private static PointMeasurement undisturbed(Backend backend, RunRequest request, int round, ValidationPlan plan,
                                                int[] disturbed, int point, Consumer<String> progress) {
        PointMeasurement m = backend.run(request);
        for (int retry = 0; m.interference().disturbed(); retry++) {
            disturbed[point]++;
            progress.accept(describe(backend, m, request, round, plan) + ": disturbed (" + m.interference().describe() + ")"
                    + (retry < RETRIES ? ", running it again" : ", kept after " + RETRIES + " retries"));
            if (retry == RETRIES) {
                break;
            }
            m = backend.run(request);
        }
        progress.accept(describe(backend, m, request, round, plan));
        return m;
    }

    /**
     * What {@link #measure} kept: per measured task count (in the plan's order) the runs the
     * statistics are taken over in round order (for one task, one per CPU of {@code cpus} in
     * each round), how many disturbed runs it saw, and per round the ticks of the run without work.
     */
    public record Measurements(ValidationPlan plan, List<Integer> cpus, List<List<PointMeasurement>> kept,
                               List<Integer> disturbed, List<Long> startupTicks) {
        public Measurements {
            cpus = List.copyOf(cpus);
            kept = kept.stream().map(List::copyOf).toList();
            disturbed = List.copyOf(disturbed);
            startupTicks = List.copyOf(startupTicks);
            List<Integer> counts = plan.measuredCounts();
            for (int i = 0; i < counts.size(); i++) {
                int expected = startupTicks.size() * (counts.get(i) == 1 ? cpus.size() : 1);
                if (kept.get(i).size() != expected) {
                    throw new IllegalArgumentException(counts.get(i) + " tasks: " + kept.get(i).size() + " runs for "
                            + startupTicks.size() + " rounds on " + cpus.size() + " CPUs, expected " + expected);
                }
            }
        }

        int rounds() {
            return startupTicks.size();
        }

        /** Round r's single-task runs, one per CPU. */
        List<PointMeasurement> singleTaskRuns(int r) {
            return kept.get(plan.measuredCounts().indexOf(1)).subList(r * cpus.size(), (r + 1) * cpus.size());
        }

        RoundSpeeds speeds(int r) {
            return new RoundSpeeds(cpus, singleTaskRuns(r).stream().map(PointMeasurement::taskSeconds).toList());
        }
    }

    /** Simulates the measured points on this machine's model and compares, with the other CPU speed model's errors. */
    public BackendValidation compare(Measurements measured, CpuSpeedModel model) {
        Comparison compared = comparison(measured, model);
        Comparison other = comparison(measured, model.other());
        ValidationPlan plan = measured.plan();
        List<List<BackendValidation.CpuProbe>> byRound = new ArrayList<>();
        for (int r = 0; r < measured.rounds(); r++) {
            RoundSpeeds round = measured.speeds(r);
            List<BackendValidation.CpuProbe> runs = new ArrayList<>();
            for (int c = 0; c < round.cpus().size(); c++) {
                runs.add(new BackendValidation.CpuProbe(round.cpus().get(c), round.seconds().get(c)));
            }
            byRound.add(runs);
        }
        return new BackendValidation(plan.backend().name(), plan.bound(), statistic.id(), calibration.id(), model.id(),
                compared.singleTask(), plan.probeByCpu(), byRound, compared.startup(), compared.points(),
                compared.timeMAPE(), compared.ticksMAPE(),
                new BackendValidation.Errors(model.other().id(), other.timeMAPE(), other.ticksMAPE()));
    }

    /** One CPU speed model's points and errors. */
    private record Comparison(BackendValidation.Spread singleTask, BackendValidation.StartupCpu startup,
                              List<ValidationPoint> points, double timeMAPE, double ticksMAPE) {
    }

    private Comparison comparison(Measurements measured, CpuSpeedModel model) {
        ValidationPlan plan = measured.plan();
        String backend = plan.backend().name();
        List<Integer> counts = plan.measuredCounts();
        int rounds = measured.rounds();
        double[] calibrating = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            RoundSpeeds speeds = measured.speeds(r);
            calibrating[r] = model == CpuSpeedModel.MEASURED ? speeds.fastest() : speeds.mean();
        }
        double singleTask = statistic.of(calibrating);
        double[] scale = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            scale[r] = calibration == Calibration.PER_ROUND ? singleTask / calibrating[r] : 1;
        }
        double[] startupRuns = scaled(measured.startupTicks().stream().mapToDouble(Long::doubleValue).toArray(), scale);
        BackendValidation.StartupCpu startup = new BackendValidation.StartupCpu(Stats.median(startupRuns),
                Stats.min(startupRuns), Stats.max(startupRuns), startupRuns.length);
        SystemsSpec measuredSystems = systems.withVmStartCpuSeconds(new Cited(statistic.of(startupRuns) / TICKS_PER_SECOND,
                "measured by validate: " + statistic.id() + " ticks of " + startup.runs() + " runs of the "
                        + backend + " backend with bound 0, calibrated " + calibration.id()));
        SimulatedRuns simulation = new SimulatedRuns(backend, measuredSystems,
                singleTask * 1e9 * host.frequency().turboGHz().values().get(0));
        List<ValidationPoint> points = new ArrayList<>();
        for (int n : plan.tasks()) {
            int i = counts.indexOf(n);
            double[] seconds = new double[rounds];
            double[] ticks = new double[rounds];
            double[] simulatedSeconds = new double[rounds];
            double[] simulatedTicks = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                RoundSpeeds speeds = measured.speeds(r);
                if (n == 1) {
                    // One task confined to each CPU in turn, simulated on a host whose every core runs as that CPU did.
                    List<PointMeasurement> runs = measured.singleTaskRuns(r);
                    for (int c = 0; c < runs.size(); c++) {
                        CoreSpeeds as = model == CpuSpeedModel.MEASURED ? speeds.everyCoreAs(c, topology) : CoreSpeeds.EQUAL;
                        double[] simulated = simulation.mean(1, as);
                        seconds[r] += runs.get(c).taskSeconds() * scale[r] / runs.size();
                        ticks[r] += runs.get(c).ticks() * scale[r] / runs.size();
                        simulatedSeconds[r] += simulated[0] / runs.size();
                        simulatedTicks[r] += simulated[1] / runs.size();
                    }
                } else {
                    PointMeasurement run = measured.kept().get(i).get(r);
                    double[] simulated = simulation.mean(n,
                            model == CpuSpeedModel.MEASURED ? speeds.byCore(topology) : CoreSpeeds.EQUAL);
                    seconds[r] = run.taskSeconds() * scale[r];
                    ticks[r] = run.ticks() * scale[r];
                    simulatedSeconds[r] = simulated[0];
                    simulatedTicks[r] = simulated[1];
                }
            }
            points.add(new ValidationPoint(n, statistic.of(seconds), statistic.of(simulatedSeconds), statistic.of(ticks),
                    statistic.of(simulatedTicks), Stats.min(seconds), Stats.median(seconds), Stats.max(seconds),
                    Stats.min(ticks), Stats.median(ticks), Stats.max(ticks), measured.kept().get(i).size(),
                    measured.disturbed().get(i)));
        }
        List<ValidationPoint> predicted = points.stream().filter(p -> p.tasks() >= 2).toList();
        return new Comparison(new BackendValidation.Spread(Stats.min(calibrating), Stats.median(calibrating),
                Stats.max(calibrating)), startup, points, mape(predicted.isEmpty() ? points : predicted, true),
                mape(points, false));
    }

    /**
     * The simulated runs of one backend's model at one calibration: the mean time and ticks over
     * seeded repetitions, per task count and core speeds, each simulated once.
     */
    private final class SimulatedRuns {
        private final String backend;
        private final SystemsSpec systems;
        private final double taskCycles;
        private final Map<Point, double[]> done = new HashMap<>();

        SimulatedRuns(String backend, SystemsSpec systems, double taskCycles) {
            this.backend = backend;
            this.systems = systems;
            this.taskCycles = taskCycles;
        }

        /** {seconds, ticks} of {@code tasks} tasks on cores of {@code speeds}. */
        double[] mean(int tasks, CoreSpeeds speeds) {
            return done.computeIfAbsent(new Point(tasks, speeds), key -> {
                ExperimentSetup setup = setupFor(backend, host, HostOptions.DEFAULTS.withCoreSpeeds(speeds), systems, tasks,
                        taskCycles);
                double[] sum = new double[2];
                for (int r = 0; r < SIMULATED_REPETITIONS; r++) {
                    ExperimentResult result = simulator.run(Engine.FUSED, new Experiment(setup),
                            Seeds.forRun(seed, backend + "/" + tasks, r), RunLimits.NONE);
                    sum[0] += result.timeNs() / 1e9 / SIMULATED_REPETITIONS;
                    sum[1] += (double) result.ticks() / SIMULATED_REPETITIONS;
                }
                return sum;
            });
        }
    }

    private record Point(int tasks, CoreSpeeds speeds) {
    }

    /** Round r's values times its scale factor. */
    private static double[] scaled(double[] byRound, double[] scale) {
        double[] out = new double[byRound.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = byRound[r] * scale[r];
        }
        return out;
    }

    private static String describe(Backend backend, PointMeasurement m, RunRequest request, int repetition,
                                   ValidationPlan plan) {
        return String.format(Locale.ROOT, "%s: %d tasks%s, repetition %d/%d: %.3f s, %d ticks", backend.name(), m.tasks(),
                request.cpu().isPresent() ? " on cpu" + request.cpu().getAsInt() : "", repetition + 1, plan.repetitions(),
                m.taskSeconds(), m.ticks());
    }

    /** Mean absolute percentage error of the simulation against the measurement, in percent. */
    static double mape(List<ValidationPoint> points, boolean time) {
        double sum = 0;
        for (ValidationPoint p : points) {
            double measured = time ? p.measuredSeconds() : p.measuredTicks();
            double simulated = time ? p.simulatedSeconds() : p.simulatedTicks();
            sum += Math.abs(simulated - measured) / Math.max(measured, Double.MIN_NORMAL);
        }
        return 100 * sum / points.size();
    }
}
