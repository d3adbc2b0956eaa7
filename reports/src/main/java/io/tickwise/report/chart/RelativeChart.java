package io.tickwise.report.chart;

import io.tickwise.report.data.Curves;
import io.tickwise.report.data.Metric;
import io.tickwise.report.host.HostFacts;
import io.tickwise.results.PointResult;
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
 * A metric of each system relative to the baseline against the number of tasks: the mean of
 * the ratios paired by repetition, with its 95 % interval as a band, and a line at 1.0 — where
 * systems whose absolute curves lie on top of one another are seen apart, and a band that
 * covers 1.0 says the difference is noise.
 */
public final class RelativeChart {

    /** Narrow intervals would vanish under a lighter band; six of them still let the lines read through. */
    private static final float BAND_ALPHA = 0.25f;

    private RelativeChart() {
    }

    /** Whether any series of the results is compared with a baseline (there is more than one system). */
    public static boolean applies(Curves curves, Metric metric) {
        return curves.systems().stream().flatMap(s -> curves.points(s).values().stream())
                .anyMatch(p -> metric.vsBaseline(p).isPresent());
    }

    public static JFreeChart of(Curves curves, Metric metric, HostFacts host, String baseline) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(BAND_ALPHA);
        List<String> systems = curves.systems();
        for (String system : systems) {
            YIntervalSeries series = new YIntervalSeries(system);
            for (PointResult point : curves.points(system).values()) {
                metric.vsBaseline(point).ifPresent(r -> series.add(point.tasks(), r.ratio(), r.ciLow(), r.ciHigh()));
            }
            if (!series.isEmpty()) {
                ChartTheme.styleSeries(renderer, data.getSeriesCount(), SystemStyle.of(system));
                data.addSeries(series);
            }
        }
        XYPlot plot = new XYPlot(data, ChartTheme.taskAxis(),
                ChartTheme.valueAxis(metric.title() + " / " + baseline, false), renderer);
        host.coreLines().forEach(line -> plot.addDomainMarker(MetricChart.marker(line.tasks(), line.label(), line.dotted())));
        plot.addRangeMarker(one(baseline));
        return ChartTheme.chart(plot);
    }

    private static ValueMarker one(String baseline) {
        ValueMarker marker = new ValueMarker(1.0);
        marker.setPaint(Color.BLACK);
        marker.setStroke(new BasicStroke(1.5f));
        marker.setLabel("= " + baseline);
        marker.setLabelFont(ChartTheme.MARKER_LABEL);
        marker.setLabelPaint(Color.BLACK);
        marker.setLabelBackgroundColor(Color.WHITE);
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return marker;
    }
}
