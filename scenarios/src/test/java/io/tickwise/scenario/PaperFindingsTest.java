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
 * finding, each requiring the verdict the README's findings table states, so the README's
 * list of what holds cannot drift from the model.
 */
class PaperFindingsTest {
    private static final Pattern ROW = Pattern.compile("^\\| ([IA]\\d+) \\| (.+?) \\| (held|not held|within noise) \\|$");
    private static final Map<String, FindingResult> RESULTS = new LinkedHashMap<>();

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
    }

    static List<String[]> readmeTable() {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("../README.md"))) {
                Matcher m = ROW.matcher(line);
                if (m.matches()) {
                    rows.add(new String[] {m.group(1), m.group(3)});
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("readmeTable")
    void theModelGivesTheVerdictTheReadmeStates(String id, String stated) {
        FindingResult finding = RESULTS.get(id);
        assertTrue(finding != null, "the checklist has no finding " + id);
        Verdict expected = Arrays.stream(Verdict.values()).filter(v -> v.words().equals(stated)).findFirst().orElseThrow();
        assertEquals(expected, finding.verdict(), id + ": " + finding.evidence());
    }

    @Test
    void theReadmeListsEveryFindingOfTheChecklist() {
        List<String> listed = readmeTable().stream().map(row -> row[0]).toList();
        assertEquals(List.copyOf(RESULTS.keySet()), listed);
    }
}
