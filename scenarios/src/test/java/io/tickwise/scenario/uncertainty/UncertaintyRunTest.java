package io.tickwise.scenario.uncertainty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickwise.engine.Engine;
import io.tickwise.host.Fidelity;
import io.tickwise.host.spec.HostFiles;
import io.tickwise.host.spec.HostSpec;
import io.tickwise.host.spec.RangedConstants;
import io.tickwise.kernel.spec.SystemsFiles;
import io.tickwise.kernel.spec.SystemsSpec;
import io.tickwise.kernel.system.SystemId;
import io.tickwise.report.HtmlReport;
import io.tickwise.results.PointResult;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.ResultsJson;
import io.tickwise.results.Sensitivity;
import io.tickwise.results.Series;
import io.tickwise.results.Uncertainty;
import io.tickwise.results.UncertaintyStudy.RangedConstant;
import io.tickwise.scenario.Scenario;
import io.tickwise.scenario.ScenarioFiles;
import io.tickwise.sweep.Simulator;
import io.tickwise.sweep.SweepListener;
import io.tickwise.uncertainty.LatinHypercube;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UncertaintyRunTest {
    private static final int SAMPLES = 5;
    private static Simulator simulator;

    @BeforeAll
    static void start() {
        simulator = Simulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static Scenario small() {
        return ScenarioFiles.load("intel-72").withTasks(List.of(1, 36, 72))
                .withSystems(List.of(SystemId.MULTICORE_UNIKERNEL, SystemId.BARE_METAL_PROCESSES)).withRepetitions(2);
    }

    @Test
    void kSamplesCoverEachRangeOneStratumEach() {
        ParameterSpace space = ParameterSpace.of(small());
        assertEquals(13 + 4, space.constants().size(), "the Intel host's and the systems' ranged constants");
        double[][] unit = LatinHypercube.unitSamples(SAMPLES, space.names(), small().seed());
        for (int d = 0; d < space.constants().size(); d++) {
            RangedConstant c = space.constants().get(d);
            boolean[] hit = new boolean[SAMPLES];
            for (double[] u : unit) {
                double value = space.values(u)[d];
                assertTrue(value >= c.low() && value <= c.high(), c.name() + " = " + value);
                int stratum = LatinHypercube.stratum((value - c.low()) / (c.high() - c.low()), SAMPLES);
                assertTrue(!hit[stratum], c.name() + ": stratum " + stratum + " twice");
                hit[stratum] = true;
            }
        }
    }

    @Test
    void aConstantWithoutARangeNeverVaries() {
        Scenario nominal = small();
        ParameterSpace space = ParameterSpace.of(nominal);
        Map<String, Double> hostNominal = new HashMap<>();
        Map<String, Double> systemsNominal = new HashMap<>();
        for (RangedConstant c : space.constants()) {
            String[] scopeAndPath = c.name().split(":", 2);
            (scopeAndPath[0].equals("host") ? hostNominal : systemsNominal).put(scopeAndPath[1], c.value());
        }
        for (double[] u : LatinHypercube.unitSamples(SAMPLES, space.names(), nominal.seed())) {
            Scenario sampled = space.at(u);
            assertNotEquals(nominal.host(), sampled.host());
            // Putting the ranged constants back gives the nominal specs: nothing else was touched.
            assertEquals(nominal.host(), RangedConstants.withValues(sampled.host(), hostNominal));
            assertEquals(nominal.systemsSpec(), RangedConstants.withValues(sampled.systemsSpec(), systemsNominal));
            assertEquals(nominal.spec(), sampled.spec());
        }
    }

    @Test
    void aMetricThatDependsOnNoRangedConstantHasP5EqualToP95() throws IOException {
        // Only two power constants keep their ranges: they move energy, never time or ticks.
        String host = withoutRanges(resource("io/tickwise/hosts/intel-xeon-e5-2699v3-2s.yaml"))
                .replace("coreActiveW:\n    value: 4.5\n", "coreActiveW:\n    value: 4.5\n    range: [4, 6]\n")
                .replace("uncoreActiveW:\n    value: 25\n", "uncoreActiveW:\n    value: 25\n    range: [20, 35]\n");
        HostSpec powerOnly = HostFiles.load("host.yaml", bytes(host));
        SystemsSpec noRanges = SystemsFiles.load("systems.yaml", bytes(withoutRanges(resource("io/tickwise/kernel/systems.yaml"))));
        assertEquals(2, RangedConstants.of(powerOnly).size());
        assertEquals(0, RangedConstants.of(noRanges).size());
        Scenario scenario = small().withHost(powerOnly).withSystemsSpec(noRanges);

        ResultsDocument document = run(scenario, SAMPLES);
        for (Series series : document.series()) {
            for (PointResult p : series.points()) {
                Uncertainty time = p.timeSeconds().uncertainty();
                assertEquals(SAMPLES, time.samples());
                assertEquals(time.p5(), time.p95(), series.system() + " time at " + p.tasks());
                assertEquals(p.timeSeconds().mean(), time.p50(), "every sample runs the nominal seeds");
                assertEquals(p.ticks().uncertainty().p5(), p.ticks().uncertainty().p95());
                Uncertainty energy = p.energyJoules().uncertainty();
                assertTrue(energy.p5() < energy.p95(), series.system() + " energy at " + p.tasks());
            }
        }
        for (Sensitivity s : document.sensitivity()) {
            if (s.metric().equals("energyJoules")) {
                assertTrue(s.constants().get(0).name().startsWith("host:power."), s.toString());
            } else {
                assertTrue(s.constants().stream().allMatch(c -> c.rho() == 0), s.toString());
            }
        }
        assertEquals(List.of("1 task", "cores", "logical, most"),
                document.sensitivity().stream().filter(s -> s.metric().equals("ticks")
                        && s.system().equals("multicore-unikernel")).map(Sensitivity::point).toList());
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherSamples() throws IOException {
        String first = withoutProvenance(run(small(), 3));
        assertEquals(first, withoutProvenance(run(small(), 3)));
        assertNotEquals(first, withoutProvenance(run(small().withSeed(small().seed() + 1), 3)));
    }

    @Test
    void everyFindingIsCountedOverEverySample() {
        ResultsDocument document = run(small(), 3);
        assertTrue(!document.uncertainty().findings().isEmpty());
        document.uncertainty().findings().forEach(f -> {
            assertEquals(3, f.samples());
            assertEquals(3, f.held() + f.withinNoise() + f.notHeld() + f.notEvaluated(), f.toString());
        });
        assertEquals(2, document.uncertainty().repetitionsPerSample());
    }

    @Test
    void theReportShowsBothBandsATornadoPerMetricAndTheShares() {
        ResultsDocument document = run(small(), 3);
        String html = HtmlReport.render(document);
        assertTrue(html.contains("shaded bands: p5–p95 of the repetitions"), "the repetition band is named");
        assertTrue(html.contains("parameter uncertainty, the p5 and p95 of the means of 3 Latin-hypercube samples"),
                "the parameter band is named as another thing");
        for (String metric : List.of("time", "ticks", "energy")) {
            assertTrue(html.contains("id='results-1-" + metric + "-tornado-svg'"), metric + " tornado");
        }
        assertTrue(html.contains("<th scope=\"col\">Under uncertainty</th>"), "checklist column");
        assertTrue(html.contains("holds in " + Math.round(document.uncertainty().findings().get(0).heldPercent())
                + " % of samples"), "the first finding's share");
        assertTrue(!HtmlReport.render(new io.tickwise.scenario.run.ScenarioRun(small(), Engine.FUSED, Fidelity.FLUID, 2)
                .execute(simulator, SweepListener.NONE)).contains("Under uncertainty"), "a plain run has no such column");
    }

    @Test
    void aPlainRunHasNoUncertainty() {
        ResultsDocument plain = new io.tickwise.scenario.run.ScenarioRun(small(), Engine.FUSED, Fidelity.FLUID, 2)
                .execute(simulator, SweepListener.NONE);
        assertNull(plain.uncertainty());
        assertNull(plain.sensitivity());
        assertNull(plain.series().get(0).points().get(0).timeSeconds().uncertainty());
    }

    private static ResultsDocument run(Scenario scenario, int samples) {
        return new UncertaintyRun(scenario, samples, Engine.FUSED, Fidelity.FLUID, 2, OptionalInt.empty())
                .execute(simulator, SweepListener.NONE);
    }

    private static String withoutProvenance(ResultsDocument document) throws IOException {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(ResultsJson.toJson(document));
        json.remove("provenance");
        return json.toString();
    }

    /** The file's text with every range taken out, inline or on its own line. */
    private static String withoutRanges(String text) {
        return text.replaceAll("(?m)^\\s*range: \\[[^\\]]*\\]\\n", "").replaceAll("range: \\[[^\\]]*\\], ", "");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = UncertaintyRunTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
