package io.tickwise.cli;

import io.tickwise.image.RealBackends;
import io.tickwise.image.qemu.Accelerator;
import io.tickwise.image.run.Backend;
import io.tickwise.image.topology.HostTopology;
import io.tickwise.image.topology.LogicalCpu;
import io.tickwise.input.BadInputException;
import io.tickwise.kernel.spec.SystemsFiles;
import io.tickwise.report.HtmlReport;
import io.tickwise.results.BackendValidation;
import io.tickwise.results.Provenance;
import io.tickwise.results.ResultsJson;
import io.tickwise.results.ValidationDocument;
import io.tickwise.results.ValidationPoint;
import io.tickwise.scenario.LocalHost;
import io.tickwise.scenario.TaskAxis;
import io.tickwise.scenario.run.BuildInfo;
import io.tickwise.scenario.run.ResultsFiles;
import io.tickwise.sweep.Simulator;
import io.tickwise.validation.Calibration;
import io.tickwise.validation.CpuSpeedModel;
import io.tickwise.validation.Validation;
import io.tickwise.validation.ValidationPlan;
import io.tickwise.validation.Statistic;
import io.tickwise.image.task.PrimeTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * {@code validate}: run the task for real on this machine, calibrate the single-task time there,
 * simulate the same points on the detected host, and report measured against simulated.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run the task for real (processes, threads, the SMP image under QEMU) and compare with the model.")
final class ValidateCommand implements Runnable {

    /**
     * CPUs that differ by more than the error a validation is judged at (5 %) can alone make the
     * model, which takes them to be equal, miss by that much.
     */
    private static final double UNEQUAL_CPUS = 0.05;

    @Spec
    private CommandSpec spec;

    @Option(names = "--backend", defaultValue = "all", description = "processes, threads, image or all (default: ${DEFAULT-VALUE})")
    private String backend;

    @Option(names = "--tasks", description = "Task counts (default: 1 .. 2 × logical CPUs)")
    private String tasks;

    @Option(names = "--reps", defaultValue = "5", description = "Measured rounds, each one run of every task count (default: ${DEFAULT-VALUE})")
    private int repetitions;

    @Option(names = "--task-seconds", defaultValue = "2",
            description = "Time one task should take on each backend; its bound is calibrated from a short probe "
                    + "(default: ${DEFAULT-VALUE})")
    private double taskSeconds;

    @Option(names = "--statistic", defaultValue = "median",
            description = "Value of the repeated runs compared with the model: median, or min (for runs compared "
                    + "as measured, whose interference only slows them) (default: ${DEFAULT-VALUE})")
    private String statistic;

    @Option(names = "--calibration", defaultValue = "per-round",
            description = "per-round: scale every run by its round's single-task run, so that the machine's changes "
                    + "of speed between rounds cancel; once: compare runs as measured (default: ${DEFAULT-VALUE})")
    private String calibration;

    @Option(names = "--cpu-speeds", defaultValue = "measured",
            description = "measured: simulate each round with the speeds its single task confined to each CPU showed; "
                    + "equal: every CPU at their mean, as a host file's cores are; the other model's errors are "
                    + "printed too (default: ${DEFAULT-VALUE})")
    private String cpuSpeeds;

    @Option(names = "--bound", description = "Count primes below this instead of calibrating a bound")
    private Long bound;

    @Option(names = "--timeout", defaultValue = "300", description = "Seconds before a run is killed (default: ${DEFAULT-VALUE})")
    private long timeoutSeconds;

    @Option(names = "--accel", defaultValue = "tcg", description = "QEMU accelerator: tcg or kvm (default: ${DEFAULT-VALUE})")
    private String accel;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the simulated runs (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", defaultValue = "out/validate", description = "Output directory (default: ${DEFAULT-VALUE})")
    private Path out;

    @Override
    public void run() {
        long start = System.nanoTime();
        if (repetitions < 1 || repetitions > 1000) {
            throw BadInputException.option("--reps", "must be in 1..1000, got " + repetitions);
        }
        if (timeoutSeconds < 1) {
            throw BadInputException.option("--timeout", "must be >= 1 second, got " + timeoutSeconds);
        }
        if (!(taskSeconds >= 0.01 && taskSeconds <= 600)) {
            throw BadInputException.option("--task-seconds", "must be in 0.01..600, got " + taskSeconds);
        }
        if (bound != null && (bound < 0 || bound > PrimeTask.MAX_SEARCHED_BOUND)) {
            throw BadInputException.option("--bound", "must be in 0.." + PrimeTask.MAX_SEARCHED_BOUND + ", got " + bound);
        }
        Accelerator accelerator = Accelerator.parse(accel);
        Statistic compared = Statistic.parse(statistic);
        Calibration calibrated = Calibration.parse(calibration);
        CpuSpeedModel speedModel = CpuSpeedModel.parse(cpuSpeeds);
        HostTopology detected = LocalHost.detect();
        List<Integer> points = taskCounts(detected);
        List<String> ids = backend.equals("all") ? RealBackends.IDS : List.of(backend);
        List<Backend> backends = new ArrayList<>();
        for (String id : ids) {
            backends.add(RealBackends.named(id, accelerator));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.printf(Locale.ROOT, "local host: %d socket(s) × %d core(s) × %d thread(s)%s%n", detected.sockets(),
                detected.coresPerSocket(), detected.threadsPerCore(), detected.note().isEmpty() ? "" : " (" + detected.note() + ")");
        List<ValidationPlan> plans = new ArrayList<>();
        double estimate = 0;
        for (Backend b : backends) {
            ValidationPlan plan = ValidationPlan.probe(b, points, repetitions,
                    bound == null ? OptionalLong.empty() : OptionalLong.of(bound), taskSeconds,
                    Duration.ofSeconds(timeoutSeconds), detected.cpus().stream().map(LogicalCpu::cpu).toList());
            plans.add(plan);
            estimate += plan.estimatedSeconds(detected.logicalProcessors());
            out.printf(Locale.ROOT, "%s: bound %d, %.2f s per task; probe task confined to each CPU: %s%n", b.name(),
                    plan.bound(), plan.taskSeconds(), plan.probeByCpu().stream()
                            .map(p -> String.format(Locale.ROOT, "cpu%d %.3f s", p.cpu(), p.seconds()))
                            .collect(Collectors.joining(", ")));
        }
        out.printf(Locale.ROOT, "measuring %d point(s) × %d repetition(s) on %d backend(s): about %.1f min%n",
                points.size(), repetitions, plans.size(), estimate / 60);
        out.flush();
        List<Integer> cpus = detected.cpus().stream().map(LogicalCpu::cpu).toList();
        List<Validation.Measurements> measured = new ArrayList<>();
        for (ValidationPlan plan : plans) {
            measured.add(Validation.measure(plan, cpus, line -> {
                err.println(line);
                err.flush();
            }));
        }
        List<BackendValidation> results = new ArrayList<>();
        try (Simulator simulator = Simulator.start()) {
            Validation validation = new Validation(detected, SystemsFiles.builtIn(), simulator, seed, compared, calibrated);
            for (Validation.Measurements m : measured) {
                BackendValidation result = validation.compare(m, speedModel);
                results.add(result);
                print(result, out);
            }
        }
        ValidationDocument document = new ValidationDocument(ValidationDocument.SCHEMA, "local", results,
                new Provenance(BuildInfo.version(), BuildInfo.commit(), "fused", (System.nanoTime() - start) / 1e9,
                        List.of(BuildInfo.node())));
        write(document, out);
    }

    private List<Integer> taskCounts(HostTopology detected) {
        if (tasks == null) {
            List<Integer> counts = new ArrayList<>();
            for (int n = 1; n <= 2 * detected.logicalProcessors(); n++) {
                counts.add(n);
            }
            return counts;
        }
        try {
            return TaskAxis.parse(tasks);
        } catch (IllegalArgumentException e) {
            throw BadInputException.option("--tasks", e.getMessage());
        }
    }

    private static void print(BackendValidation result, PrintWriter out) {
        out.println();
        BackendValidation.StartupCpu startup = result.startup();
        BackendValidation.Spread single = result.singleTaskSeconds();
        out.printf(Locale.ROOT, "%s (bound %d; %s of the runs compared, calibrated %s, CPU speeds %s; one task as "
                        + "calibrated: %.3f-%.3f s, median %.3f; one task's slowest CPU over its fastest, up to ×%.2f; "
                        + "without work: %.1f-%.1f ticks, median %.1f, %d runs)%n",
                result.backend(), result.bound(), result.statistic(), result.calibration(), result.cpuSpeeds(),
                single.min(), single.max(), single.median(), result.largestRoundSpeedRatio(), startup.minTicks(),
                startup.maxTicks(), startup.medianTicks(), startup.runs());
        out.printf(Locale.ROOT, "%6s %10s %10s %12s %8s %10s %10s %12s %8s %6s %10s%n", "tasks", "measured s", "median s",
                "simulated s", "error", "measured t", "median t", "simulated t", "error", "runs", "disturbed");
        for (ValidationPoint p : result.points()) {
            out.printf(Locale.ROOT, "%6d %10.3f %10.3f %12.3f %7.1f%% %10.0f %10.0f %12.1f %7.1f%% %6d %10d%n", p.tasks(),
                    p.measuredSeconds(), p.measuredSecondsMedian(), p.simulatedSeconds(),
                    100 * (p.simulatedSeconds() - p.measuredSeconds()) / p.measuredSeconds(),
                    p.measuredTicks(), p.measuredTicksMedian(), p.simulatedTicks(),
                    100 * (p.simulatedTicks() - p.measuredTicks()) / Math.max(p.measuredTicks(), Double.MIN_NORMAL),
                    p.runs(), p.disturbedRuns());
        }
        out.printf(Locale.ROOT, "mean absolute error: time %.1f %% (tasks >= 2), ticks %.1f %%%n", result.timeMAPE(),
                result.ticksMAPE());
        BackendValidation.Errors other = result.otherCpuSpeeds();
        out.printf(Locale.ROOT, "with CPU speeds %s instead: time %.1f %%, ticks %.1f %%%n", other.cpuSpeeds(),
                other.timeMAPE(), other.ticksMAPE());
        if (result.cpuSpeeds().equals(CpuSpeedModel.EQUAL.id()) && result.largestRoundSpeedRatio() > 1 + UNEQUAL_CPUS) {
            out.printf(Locale.ROOT, "note: this machine's CPUs ran the %s backend at different speeds (the slowest took "
                    + "up to ×%.2f the fastest's time); the model took them to be equal, so the error above includes "
                    + "that%n", result.backend(), result.largestRoundSpeedRatio());
        }
    }

    /** validation.json and report.html, moved into place together. */
    private void write(ValidationDocument document, PrintWriter printer) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("validation.json", ResultsJson.toJson(document));
        files.put("report.html", HtmlReport.render(List.of(), Optional.of(document)));
        List<Path> written = ResultsFiles.writeTogether(out, files);
        printer.println();
        written.forEach(p -> printer.println("wrote " + p));
    }
}
