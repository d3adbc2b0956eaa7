package io.tickwise.report.section;

import io.tickwise.report.chart.SystemStyle;
import io.tickwise.report.data.Curves;
import io.tickwise.report.data.Metric;
import io.tickwise.report.data.Numbers;
import io.tickwise.report.html.Html;
import io.tickwise.results.PointResult;

import java.util.List;
import java.util.TreeSet;

/** The means behind a chart, one row per task count and one column per system. */
final class DataTables {

    private DataTables() {
    }

    static void write(Html html, Curves curves, Metric metric, int repetitions) {
        List<String> systems = curves.systems();
        TreeSet<Integer> taskCounts = new TreeSet<>();
        systems.forEach(s -> taskCounts.addAll(curves.points(s).keySet()));
        html.open("table", "class", "data", "data-metric", metric.key());
        html.element("caption", metric.title() + " (" + metric.unit() + "), mean of " + repetitions + " repetitions");
        html.open("thead").open("tr").element("th", "Tasks", "scope", "col");
        for (String system : systems) {
            html.open("th", "scope", "col", "data-system", system)
                    .raw("<span class=\"swatch\" style=\"background:" + SystemStyle.of(system).cssColour() + "\"></span>")
                    .text(system).close("th");
        }
        html.close("tr").close("thead").open("tbody");
        for (int tasks : taskCounts) {
            html.open("tr").element("td", String.valueOf(tasks), "class", "num");
            for (String system : systems) {
                PointResult point = curves.points(system).get(tasks);
                html.element("td", point == null ? "" : Numbers.value(metric.of(point).mean()), "class", "num");
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
    }
}
