package io.tickwise.report.chart;

import io.tickwise.results.PowerSample;
import io.tickwise.results.PowerTrace;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Host power over one run, drawn as steps because the trace holds each value until the next sample. */
public final class PowerChart {

    private PowerChart() {
    }

    public static JFreeChart of(PowerTrace trace) {
        XYSeries series = new XYSeries(trace.system() + ", " + trace.tasks() + " tasks", false, true);
        for (PowerSample sample : trace.samples()) {
            series.add(sample.timeSeconds(), sample.watts());
        }
        XYStepRenderer renderer = new XYStepRenderer();
        ChartTheme.styleSeries(renderer, 0, SystemStyle.of(trace.system()));
        XYPlot plot = new XYPlot(new XYSeriesCollection(series),
                ChartTheme.valueAxis("Time (s)", true), ChartTheme.valueAxis("Host power (W)", true), renderer);
        return ChartTheme.chart(plot);
    }
}
