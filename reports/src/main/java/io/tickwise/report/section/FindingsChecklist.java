package io.tickwise.report.section;

import io.tickwise.report.findings.FindingResult;
import io.tickwise.report.findings.Verdict;
import io.tickwise.report.html.Html;
import io.tickwise.results.UncertaintyStudy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The paper's findings for this host, each held, not held, within noise (a comparison the paired
 * intervals cannot decide) or not evaluated, with its numbers.
 */
final class FindingsChecklist {

    private static final Map<Verdict, String> MARK = Map.of(
            Verdict.HELD, "✓ held",
            Verdict.NOT_HELD, "✗ not held",
            Verdict.WITHIN_NOISE, "≈ within noise",
            Verdict.NOT_EVALUATED, "– not evaluated");

    private FindingsChecklist() {
    }

    private static String cssClass(Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static void write(Html html, List<FindingResult> results, Optional<UncertaintyStudy> study) {
        Map<Verdict, Integer> counts = new TreeMap<>();
        results.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
        html.element("p", counts.getOrDefault(Verdict.HELD, 0) + " of " + results.size() + " findings held, "
                + counts.getOrDefault(Verdict.NOT_HELD, 0) + " not held, "
                + counts.getOrDefault(Verdict.WITHIN_NOISE, 0) + " within noise, "
                + counts.getOrDefault(Verdict.NOT_EVALUATED, 0) + " not evaluated.", "class", "tally");
        study.ifPresent(s -> html.element("p", "Under uncertainty: each finding checked again on each of the "
                + s.samples() + " parameter samples (" + s.repetitionsPerSample() + " repetitions each); the last "
                + "column gives the share of samples in which it held.", "class", "note"));
        html.open("table", "class", "findings");
        html.open("thead").open("tr");
        for (String header : List.of("Result", "Finding", "The paper says", "Evidence from these results")) {
            html.element("th", header, "scope", "col");
        }
        if (study.isPresent()) {
            html.element("th", "Under uncertainty", "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (FindingResult result : results) {
            String verdictClass = cssClass(result.verdict());
            html.open("tr", "id", "finding-" + result.id(), "data-verdict", result.verdict().words());
            html.element("td", MARK.get(result.verdict()), "class", verdictClass);
            html.open("td").element("b", result.id()).text(" " + result.title()).close("td");
            html.open("td").element("q", result.statement()).close("td");
            html.open("td").open("ul", "class", "evidence");
            // One clause per check (and per compared pair) reads better than one paragraph.
            for (String clause : result.evidence().split("; ")) {
                html.element("li", clause);
            }
            html.close("ul").close("td");
            study.ifPresent(s -> html.element("td", share(s, result.id()), "class", "share"));
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    /**
     * The findings of a sweep: each checked on every option combination's series alone, with the
     * combinations under which it holds named, so that a hypothesis that makes a finding hold
     * (or stop holding) reads off one row.
     */
    static void writeByOptions(Html html, Map<String, List<FindingResult>> byOptions) {
        List<String> labels = List.copyOf(byOptions.keySet());
        html.element("p", "Options were swept: each finding is checked on the series of each option combination "
                + "alone. \"Holds under\" names the combinations in which it holds; hover a verdict for its evidence.",
                "class", "note");
        html.open("table", "class", "findings by-options");
        html.open("thead").open("tr");
        html.element("th", "Finding", "scope", "col");
        for (String label : labels) {
            html.element("th", label, "scope", "col");
        }
        html.element("th", "Holds under", "scope", "col");
        html.close("tr").close("thead").open("tbody");
        List<FindingResult> first = byOptions.get(labels.get(0));
        for (int i = 0; i < first.size(); i++) {
            FindingResult finding = first.get(i);
            List<String> holdsUnder = new ArrayList<>();
            html.open("tr", "id", "finding-" + finding.id());
            html.open("td").element("b", finding.id()).text(" " + finding.title()).close("td");
            for (String label : labels) {
                FindingResult result = byOptions.get(label).get(i);
                if (result.held()) {
                    holdsUnder.add(label);
                }
                html.element("td", MARK.get(result.verdict()), "class", cssClass(result.verdict()),
                        "title", result.evidence(),
                        "data-verdict", result.verdict().words());
            }
            html.element("td", holdsUnder.isEmpty() ? "none"
                    : holdsUnder.size() == labels.size() ? "every combination" : String.join("; ", holdsUnder),
                    "class", "holds-under");
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    /** "holds in 35 % of samples (11 of 32; 3 within noise)". */
    static String share(UncertaintyStudy study, String id) {
        return study.findings().stream().filter(f -> f.id().equals(id)).findFirst().map(f -> {
            String text = "holds in " + Math.round(f.heldPercent()) + " % of samples (" + f.held() + " of " + f.samples();
            if (f.withinNoise() > 0) {
                text += "; " + f.withinNoise() + " within noise";
            }
            if (f.notEvaluated() > 0) {
                text += "; " + f.notEvaluated() + " not evaluated";
            }
            return text + ")";
        }).orElse("not checked");
    }
}
