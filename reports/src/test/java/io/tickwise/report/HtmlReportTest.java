package io.tickwise.report;

import io.tickwise.report.chart.SystemStyle;
import io.tickwise.report.data.SystemIds;
import io.tickwise.report.testdata.Synthetic;
import io.tickwise.report.testdata.SyntheticValidation;
import io.tickwise.results.ResultsDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {

    private static final List<String> METRIC_CHARTS = List.of("time", "ticks", "energy");

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    private static Element chart(Document page, String id) {
        Element figure = page.getElementById(id);
        assertTrue(figure != null, "no figure " + id);
        Elements svgs = figure.select("svg");
        assertEquals(1, svgs.size(), "one svg in " + id);
        return svgs.first();
    }

    @Test
    void eachMetricChartHasOneLineAndOneBandPerSystemInTheSystemsColour() {
        Document page = parse(HtmlReport.render(Synthetic.intel().build()));
        for (String metric : METRIC_CHARTS) {
            Element svg = chart(page, "results-1-" + metric);
            for (String system : SystemIds.PAPER_ORDER) {
                String colour = SystemStyle.of(system).svgColour();
                // The series line passes through all 144 points; the legend's sample line is one segment.
                assertEquals(1, paths(svg, "stroke:" + colour + ";", 143).size(), system + " line in " + metric);
                List<Element> bands = paths(svg, "fill:" + colour + ";fill-opacity:0.18", 2 * 143);
                assertEquals(1, bands.size(), system + " band in " + metric);
                assertTrue(svg.select("text").eachText().contains(system), system + " in the legend of " + metric);
            }
        }
    }

    @Test
    void eachMetricHasAChartRelativeToTheBaselineWithALineAtOneAndABandPerOtherSystem() {
        Document page = parse(HtmlReport.render(Synthetic.intel().build()));
        for (String metric : METRIC_CHARTS) {
            Element svg = chart(page, "results-1-" + metric + "-relative");
            assertTrue(svg.select("text").eachText().contains("= bare-metal-processes"), "the line at 1.0 in " + metric);
            for (String system : SystemIds.PAPER_ORDER) {
                String colour = SystemStyle.of(system).svgColour();
                int lines = system.equals("bare-metal-processes") ? 0 : 1;
                assertEquals(lines, paths(svg, "stroke:" + colour + ";", 143).size(), system + " ratio line in " + metric);
                assertEquals(lines, paths(svg, "fill:" + colour + ";fill-opacity:0.25", 2 * 143).size(),
                        system + " interval band in " + metric);
            }
        }
    }

    @Test
    void everySystemHasItsOwnColourAndTheTablesShowTheSame() {
        Set<String> colours = new HashSet<>();
        SystemIds.PAPER_ORDER.forEach(s -> colours.add(SystemStyle.of(s).svgColour()));
        assertEquals(6, colours.size());

        Document page = parse(HtmlReport.render(Synthetic.intel().build()));
        for (Element header : page.select("table.data th[data-system]")) {
            String system = header.attr("data-system");
            String swatch = header.selectFirst(".swatch").attr("style");
            assertEquals("background:" + SystemStyle.of(system).cssColour(), swatch);
        }
    }

    @Test
    void theTimeChartMarksThePhysicalCoresAndTheLogicalProcessors() {
        Document page = parse(HtmlReport.render(Synthetic.intel().build()));
        Element time = chart(page, "results-1-time");
        assertTrue(time.text().contains("36 physical cores"), time.text());
        assertTrue(time.text().contains("72 logical processors"));
        Document amd = parse(HtmlReport.render(Synthetic.amd().build()));
        Element amdTime = chart(amd, "results-1-time");
        assertTrue(amdTime.text().contains("48 physical cores"));
        assertFalse(amdTime.text().contains("logical processors"), "no second line without SMT");
    }

    @Test
    void withoutACoreCountTheReportSaysSoInsteadOfDrawingALine() {
        Document page = parse(HtmlReport.render(Synthetic.intel().withoutHostParameters().build("lab-box")));
        Element figure = page.getElementById("results-1-time");
        assertFalse(figure.select("svg").text().contains("physical cores"));
        assertTrue(figure.selectFirst("figcaption").text().contains("No core-count line"));
        assertTrue(page.text().contains("No findings checked"), "unknown host family");
    }

    @Test
    void thePageHoldsTheFindingsDataParametersAndProvenanceAsTables() {
        Document page = parse(HtmlReport.render(Synthetic.intel().build()));
        Elements findings = page.select("table.findings tbody tr");
        assertEquals(11, findings.size());
        assertEquals("held", page.getElementById("finding-I1").attr("data-verdict"));
        assertTrue(page.getElementById("finding-I1").text().contains("roughly 50%"));
        assertEquals("11 of 11 held", page.selectFirst("dl.facts a[href=#results-1-findings]").text());

        assertEquals(3, page.select("table.data").size());
        assertEquals(144, page.select("table.data[data-metric=time] tbody tr").size());
        Element parameters = page.selectFirst("table.parameters");
        assertTrue(parameters.text().contains("physicalCores 36 vendor datasheet"), parameters.text());
        String provenance = page.selectFirst("table.provenance").text();
        for (String fact : List.of("Seed 42", "Version 0.1.0-SNAPSHOT", "Git commit 0123abcd", "Engine fused",
                "Wall time 1.250 s", "Repetitions 30", "Fidelity fluid")) {
            assertTrue(provenance.contains(fact), fact + " in " + provenance);
        }
        assertTrue(page.getElementById("results-1-power") != null, "power trace chart");
    }

    @Test
    void aNotHeldFindingShowsAsSuchWithItsNumbers() {
        Synthetic intel = Synthetic.intel();
        intel.curve("ubuntu-vm-threads", intel.piecewise(2.70, 1.05, 1.85, 2.10), 1.06);
        Element row = parse(HtmlReport.render(intel.build())).getElementById("finding-I1");
        assertEquals("not held", row.attr("data-verdict"));
        assertTrue(row.selectFirst("td.not-held").text().contains("not held"));
        assertTrue(row.text().contains("×1.05"), row.text());
    }

    @Test
    void severalHostsAreComparedAndTheValidationIsShown() {
        String html = HtmlReport.render(List.of(Synthetic.intel().build(), Synthetic.amd().build()),
                Optional.of(SyntheticValidation.twoBackends()));
        Document page = parse(html);
        assertEquals(2, page.select("section.host").size());
        Elements comparison = page.select("section.comparison table tbody tr");
        assertEquals(12, comparison.size());
        assertTrue(comparison.first().text().contains("multicore-unikernel 2.90 3.03 +4.5 % 6.35 +109.7 %"),
                comparison.first().text());

        Element validation = page.getElementById("validation");
        assertEquals(2, validation.select("table.validation-points").size());
        String mape = validation.selectFirst("table.mape").text();
        // Time MAPE over two and four tasks: |1.03-1.05|/1.05 and |2.06-2.10|/2.10 give 1.9 %.
        assertTrue(mape.contains("processes 3 150000 median per-round measured 1.00 (0.970–1.05) cpu0 0.100, cpu1 0.102 (×1.02) "
                + "×1.01 0 (0–1.00) 1.9 % 1.9 %"), mape);
        assertTrue(mape.contains("image 2 120000 median per-round measured 1.40 (1.31–2.10) cpu0 0.120, cpu1 0.210 (×1.75) ×1.75 "
                + "10.0 (9.00–14.0) 2.7 % 2.7 %"), mape);
        assertTrue(mape.contains("equal: 14.0 % / 16.5 %"), mape);
        assertEquals(4, validation.select("figure.chart svg").size());
        assertTrue(validation.select("table.validation-points").first().text().contains("+2.0 %"));

        Set<String> ids = new HashSet<>();
        for (Element withId : page.select("[id]")) {
            assertTrue(ids.add(withId.id()), "id used twice: " + withId.id());
        }
    }

    @Test
    void thePageNeedsNothingFromOutsideAndRunsNoScript() {
        String html = HtmlReport.render(List.of(Synthetic.intel().build(), Synthetic.amd().build()),
                Optional.of(SyntheticValidation.twoBackends()));
        assertFalse(html.contains("http://"), "no http URL");
        assertFalse(html.contains("https://"), "no https URL");
        assertFalse(html.toLowerCase().contains("<script"));
        assertFalse(html.contains("xmlns"), "inline SVG needs no namespace declarations");
        assertFalse(html.contains("@import") || html.contains("@font-face"));
        Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
        while (url.find()) {
            assertTrue(url.group(1).startsWith("#"), "only in-page references: " + url.group());
        }
        for (Element linked : parse(html).select("[href], [src]")) {
            assertTrue(linked.attr("href").startsWith("#"), "only in-page links: " + linked);
        }
    }

    @Test
    void thePagePrintsWithoutSplittingCharts() {
        String html = HtmlReport.render(Synthetic.amd().build());
        String style = parse(html).selectFirst("style").data();
        assertTrue(style.contains("@media print"));
        Matcher figureRule = Pattern.compile("figure\\.chart \\{[^}]*break-inside: avoid").matcher(style);
        assertTrue(figureRule.find(), "charts are not split across printed pages");
    }

    @Test
    void theSameInputGivesTheSameBytes(@TempDir Path dir) throws Exception {
        List<ResultsDocument> results = List.of(Synthetic.intel().build(), Synthetic.amd().build());
        Path first = HtmlReport.write(dir.resolve("a/report.html"), results, Optional.of(SyntheticValidation.twoBackends()));
        Thread.sleep(1100);
        Path second = HtmlReport.write(dir.resolve("b/report.html"), results, Optional.of(SyntheticValidation.twoBackends()));
        assertEquals(Files.readString(first, StandardCharsets.UTF_8), Files.readString(second, StandardCharsets.UTF_8));
        String other = HtmlReport.render(List.of(Synthetic.intel().build("another-intel")), Optional.empty());
        assertFalse(other.equals(Files.readString(first, StandardCharsets.UTF_8)));
    }

    /** Paths drawn in a group whose style contains the given text, with at least that many segments. */
    private static List<Element> paths(Element svg, String style, int segments) {
        return svg.select("g[style] > path").stream()
                .filter(path -> path.parent().attr("style").contains(style))
                .filter(path -> path.attr("d").chars().filter(c -> c == 'L').count() >= segments)
                .toList();
    }
}
