package io.tickwise.scenario.run;

import io.tickwise.results.ResultsDocument;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static io.tickwise.scenario.run.TableData.around;
import static io.tickwise.scenario.run.TableData.document;
import static io.tickwise.scenario.run.TableData.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultTablesTest {

    /**
     * Multicore unikernel clearly faster up to 3 tasks, within the baseline's spread at 4 and 5
     * (its mean above there: no clear order), clearly slower from 6 on.
     */
    private static final ResultsDocument CROSSING = document(4, 8,
            series("multicore-unikernel", 10, n -> around(n <= 3 ? 1.0 : n <= 5 ? 2.05 : 3.0, 0.01)),
            series("bare-metal-processes", 10, n -> around(2.0, n == 4 || n == 5 ? 0.2 : 0.01)));

    private static String print(ResultsDocument document, TableLayout layout) {
        StringWriter text = new StringWriter();
        ResultTables.print(document, new PrintWriter(text, true), false, layout);
        return text.toString();
    }

    private static List<String> rows(String text, String table) {
        String after = text.substring(text.indexOf(table + "\n"));
        return after.lines().skip(2).takeWhile(l -> !l.isBlank()).toList();
    }

    @Test
    void theSummaryShowsTheTaskCountsOfInterestAndWhy() {
        String text = print(CROSSING, TableLayout.SUMMARY);
        List<String> time = rows(text, "time (s)");
        assertEquals(List.of("1", "4", "6", "8", "10"), time.stream().map(l -> l.trim().split(" +")[0]).toList(), text);
        assertTrue(time.get(0).contains("1 task") && time.get(1).contains("cores") && time.get(2).contains("rank")
                && time.get(3).contains("logical") && time.get(4).contains("most"), text);
        assertTrue(text.contains("mu = multicore-unikernel") && text.contains("bmp = bare-metal-processes"), text);
        assertTrue(text.contains("--table full"), text);
    }

    @Test
    void theFullTableShowsEveryRowUnderFullNames() {
        String text = print(CROSSING, TableLayout.FULL);
        List<String> time = rows(text, "time (s)");
        assertEquals(10, time.size(), text);
        assertTrue(text.contains("multicore-unikernel  ") || text.contains("multicore-unikernel "), text);
        assertFalse(text.contains("mu = "), text);
    }

    @Test
    void sweepSeriesGetShortLabelsAndALegendOfTheirOptionValues() {
        ResultsDocument sweep = document(4, 8,
                series("multicore-unikernel [turbo=true,bspWait=spin]", 2, n -> around(1, 0)),
                series("multicore-unikernel [turbo=false,bspWait=spin]", 2, n -> around(2, 0)),
                series("bare-metal-processes [turbo=true,bspWait=spin]", 2, n -> around(3, 0)));
        String text = print(sweep, TableLayout.SUMMARY);
        assertTrue(text.contains("A = turbo=true, bspWait=spin") && text.contains("B = turbo=false, bspWait=spin"), text);
        String header = text.lines().filter(l -> l.startsWith(" tasks")).findFirst().orElseThrow();
        assertEquals(List.of("tasks", "mu/A", "mu/B", "bmp/A"), List.of(header.trim().split(" +")), header);
        assertTrue(header.length() < 60, header);
    }
}
