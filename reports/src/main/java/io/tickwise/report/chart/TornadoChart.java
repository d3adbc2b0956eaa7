package io.tickwise.report.chart;

import io.tickwise.results.Sensitivity;
import io.tickwise.results.Sensitivity.Influence;

import java.util.List;
import java.util.Locale;

/**
 * A tornado chart: for each named point, the constants that move a metric most, as horizontal
 * bars of their rank correlation from a zero line (right: the metric rises with the constant;
 * left: it falls), strongest on top. Drawn as plain SVG, which a bar list needs no library for.
 */
public final class TornadoChart {
    private static final int WIDTH = 840;
    /** Wide enough for a path such as systems:unikernel.vmStartCpuSeconds.processLifetime. */
    private static final int LABEL_WIDTH = 370;
    private static final int HALF_BAR = 170;
    /** Room for a value written beside the longest bar pointing left. */
    private static final int VALUE_WIDTH = 50;
    private static final int ZERO = LABEL_WIDTH + VALUE_WIDTH + HALF_BAR;
    private static final int ROW = 20;
    private static final int HEADING = 26;
    private static final String RISES = "rgb(213,94,0)";
    private static final String FALLS = "rgb(0,114,178)";

    private TornadoChart() {
    }

    /** One block per entry of {@code points} (one metric of one series), each with its {@code top} strongest constants. */
    public static String svg(String id, String label, List<Sensitivity> points, int top) {
        int height = 10 + points.size() * HEADING + points.stream().mapToInt(p -> Math.min(top, p.constants().size())).sum() * ROW + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id='").append(id).append("' class='chart' role='img' aria-label='").append(escape(label))
                .append("' viewBox='0 0 ").append(WIDTH).append(' ').append(height)
                .append("' font-family='sans-serif' font-size='12'>");
        svg.append("<rect width='").append(WIDTH).append("' height='").append(height).append("' fill='white'/>");
        int y = 10;
        int blockTop = y;
        for (Sensitivity point : points) {
            y += HEADING;
            svg.append(text(10, y - 8, heading(point), "start", "bold"));
            blockTop = y;
            List<Influence> shown = point.constants().subList(0, Math.min(top, point.constants().size()));
            for (Influence influence : shown) {
                int length = (int) Math.round(Math.abs(influence.rho()) * HALF_BAR);
                int x = influence.rho() < 0 ? ZERO - length : ZERO;
                svg.append("<rect x='").append(x).append("' y='").append(y + 3).append("' width='").append(length)
                        .append("' height='").append(ROW - 6).append("' fill='")
                        .append(influence.rho() < 0 ? FALLS : RISES).append("'/>");
                svg.append(text(LABEL_WIDTH, y + ROW - 6, influence.name(), "end", "normal"));
                int valueX = influence.rho() < 0 ? ZERO - length - 4 : ZERO + length + 4;
                svg.append(text(valueX, y + ROW - 6, String.format(Locale.ROOT, "%+.2f", influence.rho()),
                        influence.rho() < 0 ? "end" : "start", "normal"));
                y += ROW;
            }
            svg.append("<line x1='").append(ZERO).append("' y1='").append(blockTop).append("' x2='").append(ZERO)
                    .append("' y2='").append(y).append("' stroke='black'/>");
        }
        return svg.append("</svg>").toString();
    }

    private static String heading(Sensitivity point) {
        String tasks = point.tasks() == 1 ? "1 task" : point.tasks() + " tasks";
        return tasks.equals(point.point()) ? tasks : tasks + " (" + point.point() + ")";
    }

    private static String text(int x, int y, String content, String anchor, String weight) {
        return "<text x='" + x + "' y='" + y + "' text-anchor='" + anchor + "' font-weight='" + weight + "'>"
                + escape(content) + "</text>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
