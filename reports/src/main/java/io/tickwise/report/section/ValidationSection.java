package io.tickwise.report.section;

import io.tickwise.report.chart.ValidationChart;
import io.tickwise.report.data.Numbers;
import io.tickwise.report.html.Html;
import io.tickwise.report.html.Table;
import io.tickwise.report.html.Table.Cell;
import io.tickwise.results.BackendValidation;
import io.tickwise.results.ValidationDocument;
import io.tickwise.results.ValidationPoint;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.function.ToDoubleFunction;

/**
 * The simulator against real runs on the machine at hand: per point, measured and simulated
 * time and ticks with the error; per backend, the mean absolute percentage error.
 */
final class ValidationSection {

    static final String ANCHOR = "validation";

    private ValidationSection() {
    }

    static void write(Html html, Figure.FigureCounter figures, ValidationDocument validation) {
        html.open("section", "class", "validation", "id", ANCHOR);
        html.element("h2", "Validation on host " + validation.host());
        html.element("p", "Error = (simulated − measured) / measured. The measured value compared is the backend's "
                + "statistic over repeated rounds (the median, or the minimum), shown with minimum, median and "
                + "maximum; calibrated per round, every run was first scaled by the single-task run of its round, "
                + "so that changes of the machine's speed between rounds cancel (the single-task runs as measured "
                + "show how much it varied). One task is run confined to each CPU in turn in every round: that is the "
                + "one-task point, and it shows how fast each CPU ran the backend then. With CPU speeds measured, each "
                + "round is simulated with those speeds (the fastest CPU at the calibrated single-task time); with "
                + "CPU speeds equal, every CPU at their mean; the other model's errors on the same runs are given too. "
                + "The short probe before the rounds is the same task confined to each CPU. A run that shared the machine with other work, or left CPUs "
                + "its tasks could use idle, was run again (disturbed runs are counted). MAPE as recorded in the "
                + "validation file (in percent), and as recomputed here from its points: time over two or more "
                + "tasks (one task is the calibration), ticks over all points. Work-free CPU: the ticks of a run "
                + "without work (for the image, the emulator's own per VM, which the model is charged).",
                "class", "note");
        Table summary = new Table("Mean absolute percentage error per backend", "mape",
                List.of("Backend", "Points", "Bound", "Statistic", "Calibration", "CPU speeds",
                        "One task as calibrated, s: median (min–max)", "Probe task per CPU, s (slowest / fastest)",
                        "One task, slowest CPU / fastest: largest over rounds",
                        "Work-free CPU, ticks: median (min–max)", "Time MAPE (file)", "Time MAPE (points)",
                        "Ticks MAPE (file)", "Ticks MAPE (points)", "Other CPU speeds: time / ticks MAPE"));
        for (BackendValidation backend : validation.backends()) {
            List<ValidationPoint> predicted = backend.points().stream().filter(p -> p.tasks() >= 2).toList();
            BackendValidation.StartupCpu startup = backend.startup();
            BackendValidation.Spread single = backend.singleTaskSeconds();
            summary.row(List.of(Cell.text(backend.backend()), Cell.number(String.valueOf(backend.points().size())),
                    Cell.number(String.valueOf(backend.bound())), Cell.text(backend.statistic()),
                    Cell.text(backend.calibration()), Cell.text(backend.cpuSpeeds()),
                    Cell.number(String.format(Locale.ROOT, "%s (%s–%s)", Numbers.value(single.median()),
                            Numbers.value(single.min()), Numbers.value(single.max()))),
                    Cell.number(backend.probeByCpu().stream().map(p -> "cpu" + p.cpu() + " " + Numbers.value(p.seconds()))
                            .collect(Collectors.joining(", ")) + String.format(Locale.ROOT, " (×%.2f)",
                            backend.cpuSpeedRatio())),
                    Cell.number(String.format(Locale.ROOT, "×%.2f", backend.largestRoundSpeedRatio())),
                    Cell.number(String.format(Locale.ROOT, "%s (%s–%s)", Numbers.value(startup.medianTicks()),
                            Numbers.value(startup.minTicks()), Numbers.value(startup.maxTicks()))),
                    Cell.number(percentValue(backend.timeMAPE())),
                    Cell.number(Numbers.percent(mape(predicted.isEmpty() ? backend.points() : predicted,
                            ValidationPoint::measuredSeconds, ValidationPoint::simulatedSeconds))),
                    Cell.number(percentValue(backend.ticksMAPE())),
                    Cell.number(Numbers.percent(mape(backend.points(), ValidationPoint::measuredTicks,
                            ValidationPoint::simulatedTicks))),
                    Cell.number(backend.otherCpuSpeeds().cpuSpeeds() + ": " + percentValue(backend.otherCpuSpeeds().timeMAPE())
                            + " / " + percentValue(backend.otherCpuSpeeds().ticksMAPE()))));
        }
        summary.writeTo(html);
        for (BackendValidation backend : validation.backends()) {
            writeBackend(html, figures, backend);
        }
        html.close("section");
    }

    private static void writeBackend(Html html, Figure.FigureCounter figures, BackendValidation backend) {
        String anchor = ANCHOR + "-" + backend.backend();
        html.element("h3", "Backend " + backend.backend(), "id", anchor);
        Table table = new Table(null, "validation-points", List.of("Tasks", "Measured time (s)", "min / median / max",
                "Simulated time (s)", "Time error", "Measured ticks", "min / median / max", "Simulated ticks", "Ticks error",
                "Runs", "Disturbed"));
        for (ValidationPoint p : backend.points()) {
            table.row(List.of(Cell.number(String.valueOf(p.tasks())),
                    Cell.number(Numbers.value(p.measuredSeconds())),
                    Cell.number(Numbers.value(p.measuredSecondsMin()) + " / " + Numbers.value(p.measuredSecondsMedian())
                            + " / " + Numbers.value(p.measuredSecondsMax())),
                    Cell.number(Numbers.value(p.simulatedSeconds())),
                    Cell.number(error(p.measuredSeconds(), p.simulatedSeconds())),
                    Cell.number(Numbers.value(p.measuredTicks())),
                    Cell.number(Numbers.value(p.measuredTicksMin()) + " / " + Numbers.value(p.measuredTicksMedian())
                            + " / " + Numbers.value(p.measuredTicksMax())),
                    Cell.number(Numbers.value(p.simulatedTicks())),
                    Cell.number(error(p.measuredTicks(), p.simulatedTicks())),
                    Cell.number(String.valueOf(p.runs())), Cell.number(String.valueOf(p.disturbedRuns()))));
        }
        table.writeTo(html);
        if (backend.points().isEmpty()) {
            return;
        }
        Figure.write(html, figures, anchor + "-time", ValidationChart.time(backend),
                "Measured and simulated time, backend " + backend.backend(), "Dots: measured; line: simulated.");
        Figure.write(html, figures, anchor + "-ticks", ValidationChart.ticks(backend),
                "Measured and simulated host ticks, backend " + backend.backend(), "Dots: measured; line: simulated.");
    }

    private static String error(double measured, double simulated) {
        return measured == 0 ? "–" : String.format(Locale.ROOT, "%+.1f %%", (simulated - measured) / measured * 100);
    }

    private static String percentValue(double percent) {
        return String.format(Locale.ROOT, "%.1f %%", percent);
    }

    private static double mape(List<ValidationPoint> points, ToDoubleFunction<ValidationPoint> measured,
                               ToDoubleFunction<ValidationPoint> simulated) {
        return points.stream()
                .filter(p -> measured.applyAsDouble(p) != 0)
                .mapToDouble(p -> Math.abs(simulated.applyAsDouble(p) - measured.applyAsDouble(p))
                        / measured.applyAsDouble(p))
                .average()
                .orElse(Double.NaN);
    }
}
