package io.tickwise.validation;

import io.tickwise.engine.Engine;
import io.tickwise.engine.RunLimits;
import io.tickwise.host.HostOptions;
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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the task for real on one backend and simulates the same points on this machine's host
 * model: the single-task time measured on the backend is the one fitted number; every other
 * point is a prediction. Measured values are medians over repetitions (this machine is shared
 * and noisy); simulated values are means over seeded repetitions.
 */
public final class Validation {
    /** Simulated repetitions per point: enough to average the seeded placement. */
    private static final int SIMULATED_REPETITIONS = 5;

    private final HostSpec host;
    private final SystemsSpec systems;
    private final Simulator simulator;
    private final long seed;

    public Validation(HostSpec host, SystemsSpec systems, Simulator simulator, long seed) {
        this.host = host;
        this.systems = systems;
        this.simulator = simulator;
        this.seed = seed;
    }

    /** The model of what runs on {@code backend}: the bare-metal runner, or the multicore unikernel whose vCPUs are host threads. */
    static ExperimentSetup setupFor(String backend, HostSpec host, SystemsSpec systems, int tasks, double taskCycles) {
        return switch (backend) {
            case "processes" -> new ExperimentSetup(host, HostOptions.DEFAULTS, systems, SystemId.BARE_METAL_PROCESSES, tasks,
                    taskCycles, GuestOptions.DEFAULTS);
            case "threads" -> new ExperimentSetup(host, HostOptions.DEFAULTS, systems, SystemId.BARE_METAL_THREADS, tasks,
                    taskCycles, GuestOptions.DEFAULTS);
            case "image" -> new ExperimentSetup(host, HostOptions.DEFAULTS, systems, SystemId.MULTICORE_UNIKERNEL, tasks,
                    taskCycles, new GuestOptions(false, GuestOptions.BspWait.HALT, false, GuestOptions.ApicMode.XAPIC));
            default -> throw new IllegalArgumentException("no model for backend " + backend);
        };
    }

    public BackendValidation validate(Backend backend, List<Integer> tasks, int repetitions, long bound, Duration timeout,
                                      Consumer<String> progress) {
        List<Integer> measuredCounts = new ArrayList<>(tasks);
        if (!measuredCounts.contains(1)) {
            measuredCounts.add(0, 1);
        }
        double[][] seconds = new double[measuredCounts.size()][repetitions];
        long[][] ticks = new long[measuredCounts.size()][repetitions];
        // Repetitions go round the points, so slow drifts of a shared machine spread over all of them.
        for (int r = 0; r < repetitions; r++) {
            for (int i = 0; i < measuredCounts.size(); i++) {
                PointMeasurement m = backend.run(new RunRequest(measuredCounts.get(i), bound, timeout));
                seconds[i][r] = m.wallSeconds() - m.readySeconds();
                ticks[i][r] = m.ticks();
                progress.accept(backend.name() + ": " + measuredCounts.get(i) + " tasks, repetition " + (r + 1) + "/"
                        + repetitions + ": " + String.format(java.util.Locale.ROOT, "%.3f s, %d ticks", seconds[i][r], ticks[i][r]));
            }
        }
        double singleTask = median(seconds[measuredCounts.indexOf(1)]);
        double taskCycles = singleTask * 1e9 * host.frequency().turboGHz().values().get(0);
        List<ValidationPoint> points = new ArrayList<>();
        for (int n : tasks) {
            int i = measuredCounts.indexOf(n);
            double simulatedSeconds = 0;
            double simulatedTicks = 0;
            ExperimentSetup setup = setupFor(backend.name(), host, systems, n, taskCycles);
            for (int r = 0; r < SIMULATED_REPETITIONS; r++) {
                ExperimentResult result = simulator.run(Engine.FUSED, new Experiment(setup),
                        Seeds.forRun(seed, backend.name() + "/" + n, r), RunLimits.NONE);
                simulatedSeconds += result.timeNs() / 1e9 / SIMULATED_REPETITIONS;
                simulatedTicks += (double) result.ticks() / SIMULATED_REPETITIONS;
            }
            points.add(new ValidationPoint(n, median(seconds[i]), simulatedSeconds, median(ticks[i]), simulatedTicks));
        }
        return new BackendValidation(backend.name(), points, mape(points, true), mape(points, false));
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

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double median(long[] values) {
        return median(Arrays.stream(values).asDoubleStream().toArray());
    }
}
