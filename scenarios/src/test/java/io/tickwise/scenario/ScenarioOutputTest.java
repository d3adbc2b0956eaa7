package io.tickwise.scenario;

import io.tickwise.cli.Main;
import io.tickwise.results.PairedRatio;
import io.tickwise.results.PointResult;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.ResultsJson;
import io.tickwise.results.Series;
import io.tickwise.results.Summary;
import io.tickwise.results.VsBaseline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code scenario} writes, and that it depends only on the input and the seed. */
class ScenarioOutputTest {
    static final String REDUCED = "--tasks=1,8,36,50,72,144";

    @TempDir
    Path dir;

    Path run(String name, String... options) {
        return runCommand("scenario", name, options);
    }

    Path runCommand(String command, String name, String... options) {
        Path out = dir.resolve(name);
        String[] args = new String[options.length + 4];
        args[0] = command;
        args[1] = "intel-72.yaml";
        System.arraycopy(options, 0, args, 2, options.length);
        args[options.length + 2] = "--out";
        args[options.length + 3] = out.toString();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, status, err.toString());
        return out;
    }

    /** The results file with its provenance — the only part allowed to differ — taken out. */
    static String withoutProvenance(Path out) {
        ResultsDocument d = ResultsJson.readResults(out.resolve("results.json"));
        return ResultsJson.toJson(new ResultsDocument(d.schema(), d.scenario(), d.host(), d.seed(), d.repetitions(),
                d.fidelity(), d.baseline(), d.series(), d.parameters(), d.powerTrace(), d.timelines(), null));
    }

    @Test
    void theSameInputAndSeedGiveTheSameBytesWhateverTheParallelism() throws IOException {
        Path a = run("a", REDUCED, "--reps=4", "--parallelism=1");
        Path b = run("b", REDUCED, "--reps=4", "--parallelism=2");
        assertEquals(withoutProvenance(a), withoutProvenance(b));
        assertEquals(Files.readString(a.resolve("results.csv")), Files.readString(b.resolve("results.csv")));
        Path c = run("c", REDUCED, "--reps=4", "--seed=7");
        assertNotEquals(withoutProvenance(a), withoutProvenance(c), "another seed places threads elsewhere");
    }

    @Test
    void sweepAndScenarioGiveTheSameResultsForAPlainScenario() {
        Path scenario = runCommand("scenario", "as-scenario", "--tasks=1,8,36", "--reps=3");
        Path sweep = runCommand("sweep", "as-sweep", "--tasks=1,8,36", "--reps=3");
        assertEquals(withoutProvenance(scenario), withoutProvenance(sweep));
    }

    @Test
    void aSweepFileRunsTheProductOfItsListedOptions() throws IOException {
        String text = Files.readString(Path.of("intel-72.yaml"))
                .replace("turbo: true", "turbo: [true, false]")
                .replace("bspWait: spin", "bspWait: [spin, halt]");
        Path file = Files.writeString(dir.resolve("what-if.yaml"), text);
        Path out = dir.resolve("what-if");
        int status = Main.run(new String[] {"sweep", file.toString(), "--tasks=1,36", "--reps=2",
                "--systems=multicore-unikernel", "--out", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        assertEquals(0, status);
        ResultsDocument d = ResultsJson.readResults(out.resolve("results.json"));
        assertEquals(List.of("multicore-unikernel [turbo=true,bspWait=spin]", "multicore-unikernel [turbo=true,bspWait=halt]",
                "multicore-unikernel [turbo=false,bspWait=spin]", "multicore-unikernel [turbo=false,bspWait=halt]"),
                d.series().stream().map(Series::system).toList());
        double turbo = d.series().get(0).points().get(0).timeSeconds().mean();
        double base = d.series().get(2).points().get(0).timeSeconds().mean();
        assertEquals(3.6 / 2.3, base / turbo, 0.01, "one task without turbo runs at the 2.3 GHz base clock");
    }

    @Test
    void optionsSetOnTheCommandLineSweepLikeListsInTheFile() throws IOException {
        String text = Files.readString(Path.of("intel-72.yaml"))
                .replace("turbo: true", "turbo: [true, false]")
                .replace("mainThread: join", "mainThread: [join, spin]");
        Path file = Files.writeString(dir.resolve("edited.yaml"), text);
        String[] common = {"--tasks=1,36", "--reps=2", "--systems=bare-metal-threads"};
        Path edited = dir.resolve("edited");
        Path overridden = dir.resolve("overridden");
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(concat(new String[] {"sweep", file.toString(), "--out", edited.toString()}, common),
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());
        assertEquals(0, Main.run(concat(new String[] {"sweep", "intel-72.yaml", "--option", "turbo=true,false",
                        "--option", "mainThread=join,spin", "--out", overridden.toString()}, common),
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());
        assertEquals(withoutProvenance(edited), withoutProvenance(overridden));
        assertEquals(List.of("bare-metal-threads [turbo=true,mainThread=join]", "bare-metal-threads [turbo=true,mainThread=spin]",
                        "bare-metal-threads [turbo=false,mainThread=join]", "bare-metal-threads [turbo=false,mainThread=spin]"),
                ResultsJson.readResults(overridden.resolve("results.json")).series().stream().map(Series::system).toList());
    }

    @Test
    void aBadOptionOnTheCommandLineExitsTwoNamingIt() {
        for (String bad : List.of("mainThread", "mainThread=", "warp=on", "mainThread=yield", "turbo=yes", "turbo=true,,false")) {
            StringWriter err = new StringWriter();
            Path out = dir.resolve("never");
            int status = Main.run(new String[] {"scenario", "intel-72.yaml", "--option", bad, "--out", out.toString()},
                    new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            assertEquals(2, status, bad + ": " + err);
            assertEquals(1, err.toString().lines().count(), err.toString());
            assertTrue(err.toString().contains("--option"), err.toString());
            assertFalse(Files.exists(out));
        }
    }

    private static String[] concat(String[] a, String[] b) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new);
    }

    @Test
    void theBaselineIsTheFilesWhenItIsRunElseBareMetalProcessesElseTheFirstSystem() throws IOException {
        String text = Files.readString(Path.of("intel-72.yaml")).replace("tasks: \"1..144\"", "baseline: multicore-unikernel\ntasks: \"1..144\"");
        Path file = Files.writeString(dir.resolve("baseline.yaml"), text);
        Path out = dir.resolve("baseline");
        int status = Main.run(new String[] {"scenario", file.toString(), "--tasks=1", "--reps=2",
                "--systems=multicore-unikernel,bare-metal-processes", "--out", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        assertEquals(0, status);
        ResultsDocument d = ResultsJson.readResults(out.resolve("results.json"));
        assertEquals("multicore-unikernel", d.baseline());
        assertEquals("multicore-unikernel", d.series().get(1).points().get(0).vsBaseline().system());
        ResultsDocument firstListed = ResultsJson.readResults(run("first", "--tasks=1", "--reps=2",
                "--systems=ubuntu-vm-threads,multicore-unikernel").resolve("results.json"));
        assertEquals("ubuntu-vm-threads", firstListed.baseline());
    }

    @Test
    void relativeTablesShowEachSystemsPairedRatioToTheBaseline() {
        Path out = dir.resolve("relative");
        StringWriter printed = new StringWriter();
        int status = Main.run(new String[] {"scenario", "intel-72.yaml", "--tasks=1,40", "--reps=3",
                "--systems=multicore-unikernel,bare-metal-processes", "--relative", "--out", out.toString()},
                new PrintWriter(printed, true), new PrintWriter(new StringWriter(), true));
        assertEquals(0, status);
        ResultsDocument d = ResultsJson.readResults(out.resolve("results.json"));
        PairedRatio at40 = d.series().get(0).points().get(1).vsBaseline().timeSeconds();
        String text = printed.toString();
        assertTrue(text.contains("ratio to bare-metal-processes"), text);
        assertTrue(text.contains("time / baseline"), text);
        String row = text.lines().filter(l -> l.matches(" *40 .*")).findFirst().orElseThrow();
        assertTrue(row.contains(String.format(java.util.Locale.ROOT, "%.4f ±%.4f", at40.ratio(),
                (at40.ciHigh() - at40.ciLow()) / 2)) && row.endsWith("baseline"), row);
    }

    @Test
    void aSweepComparesEachSeriesWithTheBaselineOfTheSameOptionValues() throws IOException {
        String text = Files.readString(Path.of("intel-72.yaml")).replace("turbo: true", "turbo: [true, false]");
        Path file = Files.writeString(dir.resolve("turbo.yaml"), text);
        Path out = dir.resolve("turbo");
        int status = Main.run(new String[] {"sweep", file.toString(), "--tasks=1", "--reps=2",
                "--systems=multicore-unikernel,bare-metal-processes", "--out", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        assertEquals(0, status);
        ResultsDocument d = ResultsJson.readResults(out.resolve("results.json"));
        assertEquals(List.of("bare-metal-processes [turbo=true]", "none", "bare-metal-processes [turbo=false]", "none"),
                d.series().stream().map(s -> s.points().get(0).vsBaseline())
                        .map(vs -> vs == null ? "none" : vs.system()).toList());
    }

    @Test
    void theActorsEngineGivesIdenticalResults() {
        Path fused = run("fused", "--tasks=1,36,72", "--reps=2");
        Path actors = run("actors", "--tasks=1,36,72", "--reps=2", "--engine=actors");
        assertEquals(withoutProvenance(fused), withoutProvenance(actors));
    }

    @Test
    void tickFidelityAgreesWithFluidWithinTwoPercent() {
        ResultsDocument fluid = ResultsJson.readResults(run("fluid", REDUCED, "--reps=2").resolve("results.json"));
        ResultsDocument tick = ResultsJson.readResults(run("tick", REDUCED, "--reps=2", "--fidelity=tick").resolve("results.json"));
        assertEquals("tick", tick.fidelity());
        for (int s = 0; s < fluid.series().size(); s++) {
            Series f = fluid.series().get(s);
            Series t = tick.series().get(s);
            for (int p = 0; p < f.points().size(); p++) {
                PointResult fp = f.points().get(p);
                PointResult tp = t.points().get(p);
                String where = f.system() + " at " + fp.tasks() + " tasks";
                within(fp.timeSeconds(), tp.timeSeconds(), where + ", time");
                within(fp.ticks(), tp.ticks(), where + ", ticks");
                within(fp.energyJoules(), tp.energyJoules(), where + ", energy");
            }
        }
    }

    private static void within(Summary fluid, Summary tick, String what) {
        assertEquals(fluid.mean(), tick.mean(), 0.02 * fluid.mean(), what);
    }

    @Test
    void writesResultsJsonCsvAndReport() throws IOException {
        Path out = run("files", "--tasks=1,2", "--reps=3", "--systems=multicore-unikernel,bare-metal-processes");
        ResultsDocument d = ResultsJson.readResults(out.resolve("results.json"));
        assertEquals(ResultsDocument.SCHEMA, d.schema());
        assertEquals("intel-72", d.scenario());
        assertEquals(3, d.repetitions());
        assertEquals(List.of("multicore-unikernel", "bare-metal-processes"), d.series().stream().map(Series::system).toList());
        assertEquals("bare-metal-processes", d.baseline(), "the default baseline when it is among the systems");
        for (Series s : d.series()) {
            assertEquals(List.of(1, 2), s.points().stream().map(PointResult::tasks).toList());
            for (PointResult p : s.points()) {
                Summary t = p.timeSeconds();
                assertTrue(t.min() <= t.p5() && t.p5() <= t.p50() && t.p50() <= t.p95() && t.p95() <= t.max(), t.toString());
                assertTrue(t.min() <= t.mean() && t.mean() <= t.max(), t.toString());
                assertEquals(3, t.samples().size());
                assertEquals(t.mean(), t.samples().stream().mapToDouble(Double::doubleValue).average().orElseThrow(), 1e-12);
                assertTrue(t.stdev() >= 0);
            }
        }
        for (PointResult p : d.series().get(0).points()) {
            VsBaseline vs = p.vsBaseline();
            assertEquals("bare-metal-processes", vs.system());
            for (PairedRatio r : List.of(vs.timeSeconds(), vs.ticks(), vs.energyJoules())) {
                assertTrue(r.ciLow() <= r.ratio() && r.ratio() <= r.ciHigh(), r.toString());
            }
        }
        assertTrue(d.series().get(1).points().stream().allMatch(p -> p.vsBaseline() == null), "the baseline is not compared with itself");
        assertTrue(d.powerTrace().samples().size() > 2, "a power trace of the chosen run");
        assertTrue(d.parameters().stream().anyMatch(p -> p.name().equals("physicalCores") && p.value().equals("36")));
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertEquals("system,tasks,metric,mean,stdev,p50,p5,p95,min,max,baseline,ratio,ciLow,ciHigh", csv.get(0));
        assertTrue(csv.get(1).startsWith("multicore-unikernel,1,timeSeconds,") && csv.get(1).contains(",bare-metal-processes,"),
                csv.get(1));
        assertTrue(csv.get(csv.size() - 1).startsWith("bare-metal-processes,2,energyJoules,") && csv.get(csv.size() - 1).endsWith(",,,,"),
                csv.get(csv.size() - 1));
        assertEquals(1 + 2 * 2 * 3, csv.size());
        assertTrue(Files.readString(out.resolve("report.html")).contains("<svg"));
        assertTrue(Files.list(out).noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
}
