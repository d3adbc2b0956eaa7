package io.tickwise.report.section;

import io.tickwise.report.html.Html;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.ValidationDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The whole page: a contents list, one section per results document, a comparison when
 * there are several, and the validation when there is one. Nothing in it depends on the
 * clock or on chance, so the same inputs give the same bytes.
 */
public final class ReportPage {

    private static final String STYLE = "/io/tickwise/report/report.css";

    private ReportPage() {
    }

    public static String render(List<ResultsDocument> results, Optional<ValidationDocument> validation) {
        if (results.isEmpty() && validation.isEmpty()) {
            throw new IllegalArgumentException("a report needs results or a validation");
        }
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n").open("html", "lang", "en").raw("\n").open("head").raw("\n");
        html.open("meta", "charset", "utf-8").raw("\n");
        html.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").raw("\n");
        html.element("title", title(results, validation));
        html.open("style").raw("\n").raw(style()).close("style");
        html.close("head").open("body").raw("\n");

        html.open("header").element("h1", "Tickwise report");
        html.element("p", "Time, host CPU ticks and energy of N prime-counting tasks, six systems, after the "
                + "multicore IncludeOS experiment (CLOUD COMPUTING 2017).", "class", "lead");
        writeContents(html, results, validation);
        html.close("header");

        Figure.FigureCounter figures = new Figure.FigureCounter();
        for (int i = 0; i < results.size(); i++) {
            HostSection.write(html, figures, results.get(i), anchor(i));
        }
        if (results.size() > 1) {
            HostComparison.write(html, results);
        }
        validation.ifPresent(v -> ValidationSection.write(html, figures, v));
        html.close("body").close("html");
        return html.toString();
    }

    private static String title(List<ResultsDocument> results, Optional<ValidationDocument> validation) {
        List<String> names = results.stream().map(d -> d.scenario() + " (" + d.host() + ")").toList();
        String text = names.isEmpty() ? "validation on " + validation.orElseThrow().host() : String.join(", ", names);
        return "Tickwise report: " + text;
    }

    private static void writeContents(Html html, List<ResultsDocument> results, Optional<ValidationDocument> validation) {
        html.open("nav").element("b", "Contents").open("ol");
        for (int i = 0; i < results.size(); i++) {
            link(html, anchor(i), HostSection.title(results.get(i)));
        }
        if (results.size() > 1) {
            link(html, HostComparison.ANCHOR, "Hosts compared");
        }
        validation.ifPresent(v -> link(html, ValidationSection.ANCHOR, "Validation on host " + v.host()));
        html.close("ol").close("nav");
    }

    private static void link(Html html, String anchor, String text) {
        html.open("li").element("a", text, "href", "#" + anchor).close("li");
    }

    private static String anchor(int index) {
        return "results-" + (index + 1);
    }

    private static String style() {
        try (InputStream in = ReportPage.class.getResourceAsStream(STYLE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + STYLE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
