package io.tickwise.report.section;

import io.tickwise.report.chart.SvgChart;
import io.tickwise.report.html.Html;
import org.jfree.chart.JFreeChart;

/** A numbered chart with its caption; the CSS keeps it on one printed page. */
final class Figure {

    private Figure() {
    }

    static void write(Html html, FigureCounter counter, String id, JFreeChart chart, String title, String caption) {
        write(html, counter, id, SvgChart.render(chart, id + "-svg", title), title, caption);
    }

    /** A figure of an SVG drawn without a chart library; {@code svg} is inlined as it is. */
    static void write(Html html, FigureCounter counter, String id, String svg, String title, String caption) {
        int number = counter.next();
        html.open("figure", "class", "chart", "id", id);
        html.raw(svg).raw("\n");
        html.open("figcaption").element("b", "Figure " + number + ". " + title + ".").text(" " + caption);
        html.close("figcaption").close("figure");
    }

    /** Figures are numbered through the whole page, as a reader refers to them. */
    static final class FigureCounter {
        private int last;

        int next() {
            return ++last;
        }
    }
}
