package io.tickwise.scenario;

import io.tickwise.engine.Engine;
import io.tickwise.host.Fidelity;
import io.tickwise.report.findings.FindingResult;
import io.tickwise.report.findings.PaperFindings;
import io.tickwise.report.findings.Verdict;
import io.tickwise.results.ResultsDocument;
import io.tickwise.scenario.run.ScenarioRun;
import io.tickwise.sweep.Simulator;
import io.tickwise.sweep.SweepListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The paper's findings, checked against the built-in scenarios run as shipped: one test per
 * finding, each requiring the verdict the README's findings table states by default and, where
 * the table names a hypothesis (scenario options about what the paper did not publish), the
 * verdict of the same scenario run with those options; a finding the table calls not
 * reproducible from cited physics must not hold by default. So the README's list of what holds
 * cannot drift from the model.
 */
class PaperFindingsTest {
    private static final String VERDICT = "(held|not held|within noise)";
    private static final Pattern ROW = Pattern.compile("^\\| ([IA]\\d+) \\| (.+?) \\| " + VERDICT + " \\| (—|" + VERDICT
            + " under ([^|]+)) \\| (—|[^|]+) \\|$");
    private static final Pattern OPTION = Pattern.compile("`(\\w+): ([\\w-]+)`");
    private static final Map<String, FindingResult> RESULTS = new LinkedHashMap<>();
    /** Findings of the built-in scenarios run with a hypothesis's options, by the options' text. */
    private static final Map<String, Map<String, FindingResult>> UNDER = new LinkedHashMap<>();

    @BeforeAll
    static void runTheBuiltInScenarios() {
        try (Simulator simulator = Simulator.start()) {
            for (String name : BuiltIns.SCENARIOS) {
                Scenario scenario = ScenarioFiles.load(name);
                ResultsDocument results = new ScenarioRun(scenario, Engine.FUSED, Fidelity.FLUID,
                        Runtime.getRuntime().availableProcessors()).execute(simulator, SweepListener.NONE);
                PaperFindings.evaluate(results).forEach(f -> RESULTS.put(f.id(), f));
            }
        }
    }

    @AfterAll
    static void forget() {
        RESULTS.clear();
        UNDER.clear();
    }

    /** Rows of the README's table: id, default verdict, hypothesis verdict and its options (or null), not-reproducible reason (or null). */
    static List<String[]> readmeTable() {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("../README.md"))) {
                Matcher m = ROW.matcher(line);
                if (m.matches()) {
                    rows.add(new String[] {m.group(1), m.group(3), m.group(5), m.group(6),
                            m.group(7).equals("—") ? null : m.group(7)});
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Verdict verdict(String words) {
        return Arrays.stream(Verdict.values()).filter(v -> v.words().equals(words)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("readmeTable")
    void theModelGivesTheVerdictsTheReadmeStates(String id, String stated, String underHypothesis, String options,
                                                 String notReproducible) {
        FindingResult finding = RESULTS.get(id);
        assertTrue(finding != null, "the checklist has no finding " + id);
        assertEquals(verdict(stated), finding.verdict(), id + ": " + finding.evidence());
        if (notReproducible != null) {
            assertTrue(finding.verdict() != Verdict.HELD, id + " holds by default, yet is called not reproducible");
        }
        if (underHypothesis != null) {
            FindingResult under = UNDER.computeIfAbsent(options, PaperFindingsTest::runWith).get(id);
            assertEquals(verdict(underHypothesis), under.verdict(), id + " under " + options + ": " + under.evidence());
        }
    }

    /** The built-in scenarios with the options named in {@code options} (e.g. "`tickWindow: process-lifetime`"). */
    private static Map<String, FindingResult> runWith(String options) {
        Map<String, FindingResult> findings = new LinkedHashMap<>();
        try (Simulator simulator = Simulator.start()) {
            for (String name : BuiltIns.SCENARIOS) {
                String text = new String(BuiltIns.scenario(name).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
                Matcher m = OPTION.matcher(options);
                boolean any = false;
                while (m.find()) {
                    Matcher line = Pattern.compile("(?m)^  " + m.group(1) + ": .*$").matcher(text);
                    assertTrue(line.find(), "no option " + m.group(1) + " in " + name);
                    text = line.replaceFirst("  " + m.group(1) + ": " + m.group(2));
                    any = true;
                }
                assertTrue(any, "no option named in " + options);
                Path file = Files.createTempFile("hypothesis-", ".yaml");
                Files.writeString(file, text);
                ResultsDocument results = new ScenarioRun(ScenarioFiles.load(file.toString()), Engine.FUSED, Fidelity.FLUID,
                        Runtime.getRuntime().availableProcessors()).execute(simulator, SweepListener.NONE);
                Files.delete(file);
                PaperFindings.evaluate(results).forEach(f -> findings.put(f.id(), f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    @Test
    void theReadmeListsEveryFindingOfTheChecklist() {
        List<String> listed = readmeTable().stream().map(row -> row[0]).toList();
        assertEquals(List.copyOf(RESULTS.keySet()), listed);
    }
}
