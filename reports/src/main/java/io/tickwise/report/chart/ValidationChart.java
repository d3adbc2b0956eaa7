package io.tickwise.report.chart;

import io.tickwise.report.data.Metric;
import io.tickwise.results.BackendValidation;
import io.tickwise.results.ValidationPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.function.ToDoubleFunction;

/**
 * Measured points against the simulated curve of one real backend: the measurement is
 * drawn as dots (it has no curve between task counts), the model as a line.
 */
public final class ValidationChart {

    private static final Color MEASURED = Color.BLACK;
    private static final Color SIMULATED = new Color(0x00, 0x72, 0xB2);

    private ValidationChart() {
    }

    public static JFreeChart time(BackendValidation backend) {
        return of(backend, Metric.TIME.axisLabel(), ValidationPoint::measuredSeconds, ValidationPoint::simulatedSeconds);
    }

    public static JFreeChart ticks(BackendValidation backend) {
        return of(backend, Metric.TICKS.axisLabel(), ValidationPoint::measuredTicks, ValidationPoint::simulatedTicks);
    }

    private static JFreeChart of(BackendValidation backend, String axis,
                                 ToDoubleFunction<ValidationPoint> measured, ToDoubleFunction<ValidationPoint> simulated) {
        XYSeries measuredSeries = new XYSeries("measured (" + backend.backend() + ")", true, true);
        XYSeries simulatedSeries = new XYSeries("simulated", true, true);
        for (ValidationPoint point : backend.points()) {
            measuredSeries.add(point.tasks(), measured.applyAsDouble(point));
            simulatedSeries.add(point.tasks(), simulated.applyAsDouble(point));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(measuredSeries);
        data.addSeries(simulatedSeries);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesPaint(0, MEASURED);
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(1, SIMULATED);
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        renderer.setSeriesShapesVisible(1, false);
        XYPlot plot = new XYPlot(data, ChartTheme.taskAxis(), ChartTheme.valueAxis(axis, true), renderer);
        return ChartTheme.chart(plot);
    }
}
