package io.tickwise.report.chart;

import io.tickwise.report.data.Curves;
import io.tickwise.report.data.Metric;
import io.tickwise.report.host.HostFacts;
import io.tickwise.results.PointResult;
import io.tickwise.results.Summary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

/**
 * A metric against the number of tasks, one line per system (the mean) with its p5–p95
 * band, and vertical lines where the tasks reach the physical cores and the logical
 * processors — the places where the paper's curves change slope.
 */
public final class MetricChart {

    /** Light enough that six overlapping bands still let the lines read through. */
    private static final float BAND_ALPHA = 0.18f;

    private MetricChart() {
    }

    public static JFreeChart of(Curves curves, Metric metric, HostFacts host) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(BAND_ALPHA);
        List<String> systems = curves.systems();
        for (int i = 0; i < systems.size(); i++) {
            String system = systems.get(i);
            YIntervalSeries series = new YIntervalSeries(system);
            for (PointResult point : curves.points(system).values()) {
                Summary s = metric.of(point);
                series.add(point.tasks(), s.mean(), s.p5(), s.p95());
            }
            data.addSeries(series);
            ChartTheme.styleSeries(renderer, i, SystemStyle.of(system));
        }
        XYPlot plot = new XYPlot(data, ChartTheme.taskAxis(), ChartTheme.valueAxis(metric.axisLabel(), true), renderer);
        host.coreLines().forEach(line -> plot.addDomainMarker(marker(line.tasks(), line.label(), line.dotted())));
        return ChartTheme.chart(plot);
    }

    static ValueMarker marker(int tasks, String label, boolean dotted) {
        ValueMarker marker = new ValueMarker(tasks);
        marker.setPaint(ChartTheme.MARKER);
        marker.setStroke(dotted
                ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f)
                : new BasicStroke(1.5f));
        marker.setLabel(label);
        marker.setLabelFont(ChartTheme.MARKER_LABEL);
        marker.setLabelPaint(ChartTheme.MARKER);
        marker.setLabelBackgroundColor(Color.WHITE);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return marker;
    }
}
