package io.tickwise.scenario.uncertainty;

import io.tickwise.engine.Engine;
import io.tickwise.host.Fidelity;
import io.tickwise.report.findings.FindingResult;
import io.tickwise.report.findings.PaperFindings;
import io.tickwise.report.findings.Verdict;
import io.tickwise.results.PointResult;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.Sensitivity;
import io.tickwise.results.Series;
import io.tickwise.results.Uncertainty;
import io.tickwise.results.UncertaintyStudy;
import io.tickwise.results.UncertaintyStudy.FindingShare;
import io.tickwise.scenario.Scenario;
import io.tickwise.scenario.run.BuildInfo;
import io.tickwise.scenario.run.ScenarioRun;
import io.tickwise.scenario.run.ScenarioStudy;
import io.tickwise.sweep.PointOutcome;
import io.tickwise.sweep.Simulator;
import io.tickwise.sweep.SweepListener;
import io.tickwise.sweep.SweepPlan;
import io.tickwise.sweep.SweepPoint;
import io.tickwise.uncertainty.LatinHypercube;
import io.tickwise.uncertainty.Quantiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A scenario run at its nominal constants and at K Latin-hypercube samples of its ranged
 * constants. As a plan, one sweep: the nominal points first, then each sample's, so a cluster
 * spreads samples like any other runs; locally, one sweep after another (same runs, same seeds). Every sample runs the scenario's repetitions with the nominal
 * run's seeds (nested repetitions, common random numbers): a sample's mean then differs from
 * another's by what its constants do, and the repetition band and the parameter band stay two
 * separate things. The document is the nominal run's, with per point and metric the spread of
 * the sample means, the rank correlations of constants and metrics at the named points, and the
 * share of samples in which each paper finding holds.
 */
public final class UncertaintyRun implements ScenarioStudy {
    /** Percentiles of a few dozen samples; beyond that the cost of a run, not statistics, sets the limit. */
    public static final int MAX_SAMPLES = 1_000;

    private final Scenario scenario;
    private final ParameterSpace space;
    private final double[][] unitSamples;
    private final ScenarioRun nominal;
    private final List<ScenarioRun> sampled = new ArrayList<>();

    public UncertaintyRun(Scenario scenario, int samples, Engine engine, Fidelity fidelity, int parallelism,
                          OptionalInt timelineTasks) {
        this.scenario = scenario;
        this.space = ParameterSpace.of(scenario);
        this.unitSamples = LatinHypercube.unitSamples(samples, space.names(), scenario.seed());
        this.nominal = new ScenarioRun(scenario, engine, fidelity, parallelism, timelineTasks);
        for (double[] unit : unitSamples) {
            sampled.add(new ScenarioRun(space.at(unit), engine, fidelity, parallelism, timelineTasks));
        }
    }

    @Override
    public SweepPlan plan() {
        SweepPlan base = nominal.plan();
        List<SweepPoint> points = new ArrayList<>(base.points());
        for (int k = 0; k < sampled.size(); k++) {
            for (SweepPoint point : sampled.get(k).plan().points()) {
                points.add(new SampledPoint(k, point));
            }
        }
        return new SweepPlan(base.metrics(), points, base.repetitions(), base.seed(), base.engine(), base.limits(),
                base.parallelism());
    }

    /**
     * Runs the nominal plan and then each sample's as a sweep of its own, keeping only the
     * series of each: a sweep's outcomes hold histograms of every point (about half a megabyte
     * per point), of which one sweep's worth at a time fits in memory, K + 1 would not.
     */
    @Override
    public ResultsDocument execute(Simulator simulator, SweepListener listener) {
        long start = System.nanoTime();
        long runsPerPlan = nominal.plan().runs();
        long total = runsPerPlan * (sampled.size() + 1);
        List<Series> nominalSeries = nominal.series(simulator.sweepAndWait(nominal.plan(), offset(listener, 0, total)));
        List<List<Series>> samples = new ArrayList<>();
        for (int k = 0; k < sampled.size(); k++) {
            ScenarioRun run = sampled.get(k);
            samples.add(run.series(simulator.sweepAndWait(run.plan(), offset(listener, runsPerPlan * (k + 1), total))));
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        return assemble(nominal.seriesDocument(nominalSeries, simulator, wallSeconds, List.of(BuildInfo.node())),
                samples);
    }

    /** The document of the outcomes of {@link #plan}, computed elsewhere (on a cluster's workers). */
    @Override
    public ResultsDocument document(List<PointOutcome> outcomes, Simulator simulator, double wallSeconds,
                                    List<String> nodes) {
        int perRun = nominal.plan().points().size();
        List<List<PointOutcome>> byRun = new ArrayList<>();
        for (int r = 0; r <= sampled.size(); r++) {
            byRun.add(new ArrayList<>());
        }
        for (PointOutcome o : outcomes) {
            byRun.get(o.index() / perRun).add(new PointOutcome(o.index() % perRun, o.pointId(), o.metrics()));
        }
        List<List<Series>> samples = new ArrayList<>();
        for (int k = 0; k < sampled.size(); k++) {
            samples.add(sampled.get(k).series(byRun.get(k + 1)));
        }
        return assemble(nominal.document(byRun.get(0), simulator, wallSeconds, nodes), samples);
    }

    /** The nominal document with the samples' bands, sensitivities and finding shares. */
    private ResultsDocument assemble(ResultsDocument document, List<List<Series>> samples) {
        SampleMeans means = new SampleMeans(document.series(), samples.size());
        Map<String, int[]> verdicts = new LinkedHashMap<>();
        for (int k = 0; k < samples.size(); k++) {
            means.record(k, samples.get(k));
            for (FindingResult finding : PaperFindings.evaluate(document.withSeries(samples.get(k)))) {
                verdicts.computeIfAbsent(finding.id(), id -> new int[Verdict.values().length])[finding.verdict().ordinal()]++;
            }
        }
        List<FindingShare> shares = new ArrayList<>();
        verdicts.forEach((id, count) -> shares.add(new FindingShare(id, count[Verdict.HELD.ordinal()],
                count[Verdict.WITHIN_NOISE.ordinal()], count[Verdict.NOT_HELD.ordinal()],
                count[Verdict.NOT_EVALUATED.ordinal()], samples.size())));
        UncertaintyStudy study = new UncertaintyStudy(samples.size(), scenario.repetitions(), space.constants(), shares);
        List<Sensitivity> sensitivity = new SensitivityAnalysis(space, unitSamples, means)
                .at(NamedPoints.of(scenario), document.series());
        return document.withUncertainty(withBands(document.series(), means), study, sensitivity);
    }

    /** Progress of one of the sweeps as progress through all of them. */
    private static SweepListener offset(SweepListener listener, long before, long total) {
        return new SweepListener() {
            @Override
            public void runFinished(long finishedRuns, long totalRuns) {
                listener.runFinished(before + finishedRuns, total);
            }

            @Override
            public void pointFinished(PointOutcome outcome) {
                listener.pointFinished(outcome);
            }
        };
    }

    private static List<Series> withBands(List<Series> series, SampleMeans means) {
        List<Series> banded = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            List<PointResult> points = new ArrayList<>();
            for (int p = 0; p < series.get(s).points().size(); p++) {
                points.add(series.get(s).points().get(p).withUncertainty(band(means.of(s, p, 0)),
                        band(means.of(s, p, 1)), band(means.of(s, p, 2))));
            }
            banded.add(new Series(series.get(s).system(), points));
        }
        return banded;
    }

    private static Uncertainty band(double[] values) {
        return new Uncertainty(values.length, Quantiles.percentile(values, 5), Quantiles.percentile(values, 50),
                Quantiles.percentile(values, 95));
    }
}
