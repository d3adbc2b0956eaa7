package io.tickwise.report.findings;

import io.tickwise.results.ResultsDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of the multicore IncludeOS paper (sections IV and V), as encoded in
 * {@code paper-findings.yaml}, checked against results:
 * <pre>{@code
 * List<FindingResult> results = PaperFindings.evaluate(resultsDocument);
 * }</pre>
 */
public final class PaperFindings {

    static final String RESOURCE = "/io/tickwise/report/paper-findings.yaml";

    private PaperFindings() {
    }

    /** The built-in catalog; read once, it never changes while the program runs. */
    public static FindingCatalog catalog() {
        return Holder.CATALOG;
    }

    /** The paper's findings for the document's host (Intel or AMD), each held, not held or not evaluated. */
    public static List<FindingResult> evaluate(ResultsDocument document) {
        return catalog().evaluate(document);
    }

    /**
     * The findings checked once per option combination of a sweep, by the combination's label
     * ("mainThread=spin"; the empty label when no option was swept).
     */
    public static Map<String, List<FindingResult>> evaluateByOptions(ResultsDocument document) {
        Map<String, List<FindingResult>> byLabel = new LinkedHashMap<>();
        OptionCombinations.of(document).forEach((label, combination) -> byLabel.put(label, evaluate(combination)));
        return byLabel;
    }

    private static final class Holder {
        static final FindingCatalog CATALOG = load();

        private static FindingCatalog load() {
            try (InputStream in = PaperFindings.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
                }
                return FindingCatalog.read(RESOURCE, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
