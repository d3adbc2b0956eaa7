package io.tickwise.report.findings;

import io.tickwise.report.HtmlReport;
import io.tickwise.report.testdata.Synthetic;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.Series;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Findings of a sweep, checked per option combination, and the report naming where each holds. */
class OptionCombinationsTest {

    /**
     * A sweep of one hypothesis: under {@code mainThread=spin} the paper-shaped curves, under
     * {@code mainThread=join} the same with Ubuntu VM processes slower than threads (I7 fails).
     */
    private static ResultsDocument sweep() {
        Synthetic slowProcesses = Synthetic.intel();
        slowProcesses.curve("ubuntu-vm-processes", slowProcesses.piecewise(2.75, 1.52, 1.85, 2.10), 1.0);
        ResultsDocument join = slowProcesses.build();
        ResultsDocument spin = Synthetic.intel().build();
        List<Series> series = new ArrayList<>();
        join.series().forEach(s -> series.add(new Series(s.system() + " [mainThread=join]", s.points())));
        spin.series().forEach(s -> series.add(new Series(s.system() + " [mainThread=spin]", s.points())));
        return new ResultsDocument(join.schema(), join.scenario(), join.host(), join.seed(), join.repetitions(),
                join.fidelity(), join.baseline(), series, join.parameters(), join.powerTrace(), join.timelines(),
                join.provenance());
    }

    @Test
    void eachCombinationIsCheckedOnItsOwnSeriesUnderTheirSystemNames() {
        Map<String, ResultsDocument> combinations = OptionCombinations.of(sweep());
        assertEquals(List.of("mainThread=join", "mainThread=spin"), List.copyOf(combinations.keySet()));
        assertEquals(Synthetic.intel().build().series().stream().map(Series::system).toList(),
                combinations.get("mainThread=spin").series().stream().map(Series::system).toList());

        Map<String, List<FindingResult>> findings = PaperFindings.evaluateByOptions(sweep());
        assertEquals(Verdict.NOT_HELD, verdict(findings.get("mainThread=join"), "I7"));
        assertEquals(Verdict.HELD, verdict(findings.get("mainThread=spin"), "I7"));
        assertEquals(Verdict.HELD, verdict(findings.get("mainThread=join"), "I4"));
    }

    @Test
    void aDocumentWithoutSweptOptionsIsOneCombination() {
        ResultsDocument plain = Synthetic.intel().build();
        assertEquals(List.of(""), List.copyOf(OptionCombinations.of(plain).keySet()));
        assertEquals(PaperFindings.evaluate(plain), PaperFindings.evaluateByOptions(plain).get(""));
    }

    @Test
    void theReportNamesTheCombinationsUnderWhichEachFindingHolds() {
        Document page = Jsoup.parse(HtmlReport.render(List.of(sweep()), Optional.empty()));
        Element table = page.selectFirst("table.findings.by-options");
        assertTrue(table != null, "a checklist per option combination");
        assertEquals("mainThread=spin", page.selectFirst("#finding-I7 td.holds-under").text());
        assertEquals("every combination", page.selectFirst("#finding-I4 td.holds-under").text());
        assertEquals("not held", page.select("#finding-I7 td[data-verdict]").get(0).attr("data-verdict"));
        assertTrue(page.selectFirst("dl.facts").text().contains("11 of 11 held under at least one of 2 option combinations"),
                page.selectFirst("dl.facts").text());
    }

    private static Verdict verdict(List<FindingResult> results, String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().verdict();
    }
}
