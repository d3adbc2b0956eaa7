package io.tickwise.report.chart;

import io.tickwise.report.data.Curves;
import io.tickwise.report.data.Metric;
import io.tickwise.report.host.HostFacts;
import io.tickwise.results.PointResult;
import io.tickwise.results.Summary;
import io.tickwise.results.Uncertainty;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

/**
 * A metric against the number of tasks, one line per system (the mean) with its p5–p95
 * band over repetitions, and vertical lines where the tasks reach the physical cores and the
 * logical processors — the places where the paper's curves change slope. When the results hold
 * parameter samples, thin dotted lines in the system's colour bound the p5–p95 of the sample
 * means: a second, different band (what the constants' ranges do, not what chance does).
 */
public final class MetricChart {

    /** Light enough that six overlapping bands still let the lines read through. */
    private static final float BAND_ALPHA = 0.18f;
    private static final BasicStroke UNCERTAINTY_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 2.5f}, 0f);

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
        if (hasUncertainty(curves, metric)) {
            plot.setDataset(1, uncertaintyBounds(curves, metric));
            plot.setRenderer(1, uncertaintyRenderer(systems));
        }
        host.coreLines().forEach(line -> plot.addDomainMarker(marker(line.tasks(), line.label(), line.dotted())));
        return ChartTheme.chart(plot);
    }

    /** Whether the results carry a parameter band for this metric. */
    public static boolean hasUncertainty(Curves curves, Metric metric) {
        return curves.systems().stream().flatMap(s -> curves.points(s).values().stream())
                .anyMatch(p -> metric.of(p).uncertainty() != null);
    }

    /** Two series per system, the p5 and the p95 of the sample means. */
    private static XYSeriesCollection uncertaintyBounds(Curves curves, Metric metric) {
        XYSeriesCollection bounds = new XYSeriesCollection();
        for (String system : curves.systems()) {
            XYSeries low = new XYSeries(system + " parameter p5");
            XYSeries high = new XYSeries(system + " parameter p95");
            for (PointResult point : curves.points(system).values()) {
                Uncertainty u = metric.of(point).uncertainty();
                if (u != null) {
                    low.add(point.tasks(), u.p5());
                    high.add(point.tasks(), u.p95());
                }
            }
            bounds.addSeries(low);
            bounds.addSeries(high);
        }
        return bounds;
    }

    private static XYLineAndShapeRenderer uncertaintyRenderer(List<String> systems) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < systems.size(); i++) {
            for (int bound = 0; bound < 2; bound++) {
                int series = 2 * i + bound;
                renderer.setSeriesPaint(series, SystemStyle.of(systems.get(i)).colour());
                renderer.setSeriesStroke(series, UNCERTAINTY_STROKE);
                // The legend names systems once; the caption says what the dotted lines are.
                renderer.setSeriesVisibleInLegend(series, false);
            }
        }
        return renderer;
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
