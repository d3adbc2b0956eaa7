package io.tickwise.report.testdata;

import io.tickwise.results.Parameter;
import io.tickwise.results.PointResult;
import io.tickwise.results.PowerSample;
import io.tickwise.results.PowerTrace;
import io.tickwise.results.Provenance;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.Series;
import io.tickwise.results.Summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * Results documents made from simple formulas shaped like the paper's figures, for tests of
 * rendering and of the findings evaluator (not of any model). Ticks are 100 per second on
 * every busy logical processor, times an overhead factor above the core count; energy is
 * time times a power that grows with the busy processors.
 */
public final class Synthetic {

    private record Curve(IntToDoubleFunction time, double tickOverheadAboveCores, double ownScatter) {
    }

    private static final int REPETITIONS = 30;
    /** How every system's repetitions scatter around the mean, repetition r alike in all: zero on average. */
    private static final double[] SHARED_SCATTER = {0.95, 0.97, 1.0, 1.03, 1.05};
    private static final String BASELINE = "bare-metal-processes";

    private final String host;
    private final String vendor;
    private final int cores;
    private final int logical;
    private final int maxTasks;
    private final Map<String, Curve> curves = new LinkedHashMap<>();
    private IntPredicate kept = n -> true;
    private boolean hostParameters = true;

    private Synthetic(String host, String vendor, int cores, int logical, int maxTasks) {
        this.host = host;
        this.vendor = vendor;
        this.cores = cores;
        this.logical = logical;
        this.maxTasks = maxTasks;
    }

    /** The Intel host (36 cores, 72 threads, 1..144 tasks); every Intel finding of the paper holds. */
    public static Synthetic intel() {
        Synthetic s = new Synthetic("intel-xeon-e5-2699v3", "GenuineIntel", 36, 72, 144);
        IntToDoubleFunction multicore = s.piecewise(2.70, 1.12, 2.10, 2.30);
        s.curve("multicore-unikernel", n -> multicore.applyAsDouble(n) + 0.20 / n, 1.0);
        s.curve("single-core-unikernels", s.piecewise(2.72, 1.14, 2.10, 2.32), 1.06);
        s.curve("ubuntu-vm-threads", s.piecewise(2.70, 1.52, 1.85, 2.10), 1.06);
        s.curve("ubuntu-vm-processes", s.piecewise(2.69, 1.48, 1.85, 2.10), 1.0);
        s.curve("bare-metal-threads", s.piecewise(2.70, 1.13, 2.10, 2.30), 1.06);
        s.curve("bare-metal-processes", s.piecewise(2.70, 1.12, 2.10, 2.30), 1.0);
        return s;
    }

    /** The AMD host (48 cores, no SMT, 1..96 tasks); every AMD finding of the paper holds. */
    public static Synthetic amd() {
        Synthetic s = new Synthetic("amd-opteron-6234", "AuthenticAMD", 48, 48, 96);
        IntToDoubleFunction base = s.piecewise(10.0, 1.10, 2.0, 2.0);
        // Multicore IncludeOS trails the Ubuntu VM at few tasks and leads from about 30 on.
        IntToDoubleFunction multicore = n -> base.applyAsDouble(n) * (1.02 - 0.04 * Math.min(n, 48) / 48.0);
        s.curve("multicore-unikernel", multicore, 1.0);
        s.curve("single-core-unikernels", n -> multicore.applyAsDouble(n) * 0.99, 1.0);
        s.curve("ubuntu-vm-threads", base, 1.0);
        s.curve("ubuntu-vm-processes", n -> base.applyAsDouble(n) * 0.995, 1.0);
        s.curve("bare-metal-threads", n -> base.applyAsDouble(n) * 0.95, 1.0);
        s.curve("bare-metal-processes", n -> base.applyAsDouble(n) * 0.95, 1.0);
        return s;
    }

    /**
     * Time through four anchors: t1 at one task, times the growth to the core count C, then
     * times the factor from C to 2C and from 2C to 4C; linear in between.
     */
    public IntToDoubleFunction piecewise(double t1, double growthToCores, double fromCoresToTwice,
                                         double fromTwiceToFourTimes) {
        return n -> {
            double atCores = t1 * growthToCores;
            if (n <= cores) {
                return t1 * (1 + (growthToCores - 1) * (n - 1) / (cores - 1));
            }
            if (n <= 2 * cores) {
                return atCores * (1 + (fromCoresToTwice - 1) * (n - cores) / cores);
            }
            return atCores * fromCoresToTwice * (1 + (fromTwiceToFourTimes - 1) * (n - 2 * cores) / (2 * cores));
        };
    }

    public Synthetic curve(String system, IntToDoubleFunction time, double tickOverheadAboveCores) {
        curves.put(system, new Curve(time, tickOverheadAboveCores, 0));
        return this;
    }

    /**
     * Repetitions of {@code system} also scatter by ±{@code amplitude} of their own, alternately
     * up and down, so its paired ratios to the other systems spread over an interval.
     */
    public Synthetic noisy(String system, double amplitude) {
        Curve curve = curves.get(system);
        curves.put(system, new Curve(curve.time(), curve.tickOverheadAboveCores(), amplitude));
        return this;
    }

    public Synthetic without(String system) {
        curves.remove(system);
        return this;
    }

    /** Keeps only the listed task counts. */
    public Synthetic tasks(int... only) {
        kept = n -> Arrays.stream(only).anyMatch(t -> t == n);
        return this;
    }

    /** Drops physicalCores, logicalProcessors and vendor from the parameters. */
    public Synthetic withoutHostParameters() {
        hostParameters = false;
        return this;
    }

    public ResultsDocument build() {
        return build(host);
    }

    public ResultsDocument build(String hostName) {
        String baseline = curves.containsKey(BASELINE) ? BASELINE : curves.keySet().iterator().next();
        List<Series> series = new ArrayList<>();
        curves.forEach((system, curve) -> {
            List<PointResult> points = new ArrayList<>();
            for (int n = 1; n <= maxTasks; n++) {
                if (kept.test(n)) {
                    PointResult point = point(curve, n);
                    points.add(system.equals(baseline) ? point : point.against(baseline, point(curves.get(baseline), n)));
                }
            }
            series.add(new Series(system, points));
        });
        List<Parameter> parameters = new ArrayList<>();
        if (hostParameters) {
            parameters.add(new Parameter("host", "physicalCores", String.valueOf(cores), "vendor datasheet"));
            parameters.add(new Parameter("host", "logicalProcessors", String.valueOf(logical), "vendor datasheet"));
            parameters.add(new Parameter("host", "vendor", vendor, "CPUID"));
        }
        parameters.add(new Parameter("scenario", "calibration.singleTaskSeconds", "2.70", "paper Fig. 2a, 1 task"));
        PowerTrace power = new PowerTrace("multicore-unikernel", cores, 0, List.of(
                new PowerSample(0.0, 160.0), new PowerSample(0.3, 175.0), new PowerSample(0.5, 410.0),
                new PowerSample(3.2, 395.0), new PowerSample(3.4, 165.0), new PowerSample(4.0, 160.0)));
        return new ResultsDocument(ResultsDocument.SCHEMA, "paper-" + hostName, hostName, 42L, REPETITIONS, "fluid",
                baseline, series, parameters, power, List.of(),
                new Provenance("0.1.0-SNAPSHOT", "0123abcd", "fused", 1.25, List.of("local")));
    }

    private PointResult point(Curve curve, int n) {
        double time = curve.time().applyAsDouble(n);
        double ticks = 100.0 * Math.min(n, logical) * time * (n > cores ? curve.tickOverheadAboveCores() : 1.0);
        double watts = 150 + 3.0 * Math.min(n, logical);
        return new PointResult(n, spread(time, curve.ownScatter()), spread(ticks, curve.ownScatter()),
                spread(time * watts, curve.ownScatter()), null);
    }

    /** Repetitions scatter up to ±5 % around the mean, enough to show a band, plus the system's own scatter. */
    private static Summary spread(double mean, double ownScatter) {
        List<Double> samples = new ArrayList<>();
        double squares = 0;
        for (int r = 0; r < REPETITIONS; r++) {
            double own = 1 + (r % 2 == 0 ? ownScatter : -ownScatter);
            double value = mean * SHARED_SCATTER[r % SHARED_SCATTER.length] * own;
            samples.add(value);
            squares += (value - mean) * (value - mean);
        }
        return new Summary(mean, Math.sqrt(squares / (REPETITIONS - 1)), mean, mean * 0.97, mean * 1.03,
                mean * SHARED_SCATTER[0] * (1 - ownScatter), mean * SHARED_SCATTER[SHARED_SCATTER.length - 1] * (1 + ownScatter),
                samples);
    }
}
