package io.tickwise.report.findings;

import io.tickwise.results.ResultsDocument;
import io.tickwise.results.Series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The option combinations of a swept results document. A sweep labels each series with the
 * values of its swept options ({@code "ubuntu-vm-threads [mainThread=spin]"}); the paper's
 * findings name bare systems, so they are checked once per combination, on the series of that
 * combination alone, renamed to their systems.
 */
public final class OptionCombinations {

    private OptionCombinations() {
    }

    /**
     * The document's series split by option label, in the order the sweep ran them; a document
     * without swept options is one combination with the empty label.
     */
    public static Map<String, ResultsDocument> of(ResultsDocument document) {
        Map<String, List<Series>> byLabel = new LinkedHashMap<>();
        for (Series series : document.series()) {
            String name = series.system();
            int open = name.indexOf(" [");
            boolean labelled = open > 0 && name.endsWith("]");
            String label = labelled ? name.substring(open + 2, name.length() - 1) : "";
            String system = labelled ? name.substring(0, open) : name;
            byLabel.computeIfAbsent(label, l -> new ArrayList<>()).add(new Series(system, series.points()));
        }
        Map<String, ResultsDocument> documents = new LinkedHashMap<>();
        byLabel.forEach((label, series) -> documents.put(label, new ResultsDocument(document.schema(), document.scenario(),
                document.host(), document.seed(), document.repetitions(), document.fidelity(), document.baseline(), series,
                document.parameters(), document.powerTrace(), document.timelines(), document.provenance())));
        return documents;
    }
}
