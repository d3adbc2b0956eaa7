package io.tickwise.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;

/** The look shared by all charts of a report: print-friendly, white, with a legend below. */
final class ChartTheme {

    /** "SansSerif" is what JFreeSVG writes as the generic CSS family sans-serif. */
    private static final String FAMILY = "SansSerif";
    static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 14);
    static final Font TICK_LABEL = new Font(FAMILY, Font.PLAIN, 12);
    static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 13);
    static final Font MARKER_LABEL = new Font(FAMILY, Font.PLAIN, 12);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color MARKER = new Color(0x55, 0x55, 0x55);

    private ChartTheme() {
    }

    static NumberAxis taskAxis() {
        NumberAxis axis = new NumberAxis("Number of tasks");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        style(axis);
        return axis;
    }

    static NumberAxis valueAxis(String label, boolean fromZero) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(fromZero);
        style(axis);
        return axis;
    }

    static void style(ValueAxis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICK_LABEL);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(Color.BLACK);
        axis.setTickMarkPaint(Color.BLACK);
    }

    /** Lines in the system's colour and dash, with a legend line long enough to show the dash. */
    static void styleSeries(XYLineAndShapeRenderer renderer, int series, SystemStyle style) {
        renderer.setSeriesPaint(series, style.colour());
        renderer.setSeriesFillPaint(series, style.colour());
        renderer.setSeriesStroke(series, style.stroke());
        renderer.setSeriesShapesVisible(series, false);
        renderer.setLegendLine(new Line2D.Double(-14, 0, 14, 0));
    }

    static JFreeChart chart(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(LEGEND);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        return chart;
    }
}
