package io.tickwise.validation;

import io.tickwise.engine.Engine;
import io.tickwise.engine.RunLimits;
import io.tickwise.host.HostOptions;
import io.tickwise.host.spec.Cited;
import io.tickwise.host.spec.HostSpec;
import io.tickwise.image.run.Backend;
import io.tickwise.image.run.PointMeasurement;
import io.tickwise.image.run.RunRequest;
import io.tickwise.kernel.experiment.Experiment;
import io.tickwise.kernel.experiment.ExperimentResult;
import io.tickwise.kernel.experiment.ExperimentSetup;
import io.tickwise.kernel.experiment.GuestOptions;
import io.tickwise.kernel.spec.SystemsSpec;
import io.tickwise.kernel.system.SystemId;
import io.tickwise.results.BackendValidation;
import io.tickwise.results.ValidationPoint;
import io.tickwise.sweep.Seeds;
import io.tickwise.sweep.Simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Runs the task for real on one backend and simulates the same points on this machine's host
 * model: the single-task time measured on the backend is the one fitted number, and the CPU the
 * backend spends without work (for the image, the emulator's own per VM) the one measured
 * constant; every other point is a prediction. Measured values are the chosen statistic
 * (median or minimum) over repetitions, each run first scaled by its round's single-task run
 * under {@link Calibration#PER_ROUND}; simulated values are means over seeded repetitions.
 */
public final class Validation {
    /** Simulated repetitions per point: enough to average the seeded placement. */
    private static final int SIMULATED_REPETITIONS = 5;
    /** A disturbed run is run again this many times at most before it is kept as it is. */
    private static final int RETRIES = 2;
    /** USER_HZ: the unit of the ticks that /proc reports. */
    private static final double TICKS_PER_SECOND = 100;

    private final HostSpec host;
    private final SystemsSpec systems;
    private final Simulator simulator;
    private final long seed;
    private final Statistic statistic;
    private final Calibration calibration;

    public Validation(HostSpec host, SystemsSpec systems, Simulator simulator, long seed, Statistic statistic,
                      Calibration calibration) {
        this.statistic = statistic;
        this.calibration = calibration;
        this.host = host;
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
    static ExperimentSetup setupFor(String backend, HostSpec host, SystemsSpec systems, int tasks, double taskCycles) {
        return switch (backend) {
            case "processes" -> new ExperimentSetup(host, HostOptions.DEFAULTS, systems, SystemId.BARE_METAL_PROCESSES, tasks,
                    taskCycles, GuestOptions.DEFAULTS);
            case "threads" -> new ExperimentSetup(host, HostOptions.DEFAULTS, systems, SystemId.BARE_METAL_THREADS, tasks,
                    taskCycles, GuestOptions.DEFAULTS);
            case "image" -> new ExperimentSetup(host, HostOptions.DEFAULTS, systems.withUnikernel(systems.unikernel()
                            .withoutWakeupWaits("image-backend kernel.c: broadcast start-up without the MP-spec delays")),
                    SystemId.MULTICORE_UNIKERNEL, tasks, taskCycles, GuestOptions.DEFAULTS.withBspWait(GuestOptions.BspWait.HALT)
                            .withTickWindow(GuestOptions.TickWindow.PROCESS_LIFETIME));
            default -> throw new IllegalArgumentException("no model for backend " + backend);
        };
    }

    /**
     * Measures {@code plan} on its backend. Nothing else of Tickwise's runs meanwhile: the
     * simulations come after every backend is measured, so that this JVM's compiler and
     * collector, busy after a simulation, do not share the machine with a measured run.
     */
    public static Measurements measure(ValidationPlan plan, Consumer<String> progress) {
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
                PointMeasurement m = backend.run(request);
                for (int retry = 0; m.interference().disturbed(); retry++) {
                    disturbed[i]++;
                    progress.accept(describe(backend, m, r, plan) + ": disturbed (" + m.interference().describe() + ")"
                            + (retry < RETRIES ? ", running it again" : ", kept after " + RETRIES + " retries"));
                    if (retry == RETRIES) {
                        break;
                    }
                    m = backend.run(request);
                }
                kept.get(i).add(m);
                progress.accept(describe(backend, m, r, plan));
            }
        }
        return new Measurements(plan, kept, Arrays.stream(disturbed).boxed().toList(), startupTicks);
    }

    /**
     * What {@link #measure} kept: per measured task count (in the plan's order) the runs the
     * statistics are taken over, one per round in round order, how many disturbed runs it saw,
     * and per round the ticks of the run without work.
     */
    public record Measurements(ValidationPlan plan, List<List<PointMeasurement>> kept, List<Integer> disturbed,
                               List<Long> startupTicks) {
        public Measurements {
            kept = kept.stream().map(List::copyOf).toList();
            disturbed = List.copyOf(disturbed);
            startupTicks = List.copyOf(startupTicks);
        }
    }

    /** Simulates the measured points on this machine's model and compares. */
    public BackendValidation compare(Measurements measured) {
        ValidationPlan plan = measured.plan();
        Backend backend = plan.backend();
        List<Integer> counts = plan.measuredCounts();
        List<List<PointMeasurement>> kept = measured.kept();
        double[] singleTaskRuns = taskSeconds(kept.get(counts.indexOf(1)));
        double singleTask = statistic.of(singleTaskRuns);
        double[] scale = new double[singleTaskRuns.length];
        for (int r = 0; r < scale.length; r++) {
            scale[r] = calibration == Calibration.PER_ROUND ? singleTask / singleTaskRuns[r] : 1;
        }
        double taskCycles = singleTask * 1e9 * host.frequency().turboGHz().values().get(0);
        double[] startupRuns = scaled(measured.startupTicks().stream().mapToDouble(Long::doubleValue).toArray(), scale);
        BackendValidation.StartupCpu startup = new BackendValidation.StartupCpu(Stats.median(startupRuns),
                Stats.min(startupRuns), Stats.max(startupRuns), startupRuns.length);
        SystemsSpec measuredSystems = systems.withVmStartCpuSeconds(new Cited(statistic.of(startupRuns) / TICKS_PER_SECOND,
                "measured by validate: " + statistic.id() + " ticks of " + startup.runs() + " runs of the "
                        + backend.name() + " backend with bound 0, calibrated " + calibration.id()));
        List<ValidationPoint> points = new ArrayList<>();
        for (int n : plan.tasks()) {
            int i = counts.indexOf(n);
            double[] seconds = scaled(taskSeconds(kept.get(i)), scale);
            double[] ticks = scaled(kept.get(i).stream().mapToDouble(PointMeasurement::ticks).toArray(), scale);
            ExperimentSetup setup = setupFor(backend.name(), host, measuredSystems, n, taskCycles);
            double simulatedSeconds = 0;
            double simulatedTicks = 0;
            for (int r = 0; r < SIMULATED_REPETITIONS; r++) {
                ExperimentResult result = simulator.run(Engine.FUSED, new Experiment(setup),
                        Seeds.forRun(seed, backend.name() + "/" + n, r), RunLimits.NONE);
                simulatedSeconds += result.timeNs() / 1e9 / SIMULATED_REPETITIONS;
                simulatedTicks += (double) result.ticks() / SIMULATED_REPETITIONS;
            }
            points.add(new ValidationPoint(n, statistic.of(seconds), simulatedSeconds, statistic.of(ticks), simulatedTicks,
                    Stats.min(seconds), Stats.median(seconds), Stats.max(seconds), Stats.min(ticks), Stats.median(ticks),
                    Stats.max(ticks), seconds.length,
                    measured.disturbed().get(i)));
        }
        List<ValidationPoint> predicted = points.stream().filter(p -> p.tasks() >= 2).toList();
        return new BackendValidation(backend.name(), plan.bound(), statistic.id(), calibration.id(),
                new BackendValidation.Spread(Stats.min(singleTaskRuns), Stats.median(singleTaskRuns),
                        Stats.max(singleTaskRuns)),
                plan.probeByCpu(), startup, points, mape(predicted.isEmpty() ? points : predicted, true), mape(points, false));
    }

    /** Round r's values times its scale factor. */
    private static double[] scaled(double[] byRound, double[] scale) {
        double[] out = new double[byRound.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = byRound[r] * scale[r];
        }
        return out;
    }

    private static String describe(Backend backend, PointMeasurement m, int repetition, ValidationPlan plan) {
        return String.format(Locale.ROOT, "%s: %d tasks, repetition %d/%d: %.3f s, %d ticks", backend.name(), m.tasks(),
                repetition + 1, plan.repetitions(), m.taskSeconds(), m.ticks());
    }

    private static double[] taskSeconds(List<PointMeasurement> runs) {
        return runs.stream().mapToDouble(PointMeasurement::taskSeconds).toArray();
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
