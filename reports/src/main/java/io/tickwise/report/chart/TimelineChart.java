package io.tickwise.report.chart;

import io.tickwise.report.html.Html;
import io.tickwise.results.Timeline;
import io.tickwise.results.TimelineLane;
import io.tickwise.results.TimelineSlice;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A per-processor Gantt chart of one run as inline SVG: a row per logical processor, the
 * siblings of a core next to each other and cores set apart, a bar per interval in which a host
 * thread ran, coloured by thread so a migration shows as a colour moving to another row. Where
 * both siblings of a core ran threads at once — each at its SMT share — the core's rows are
 * underlaid in red: a sibling collision, and its end where balancing separated the threads.
 * Bars shared by several threads (processor sharing) are dark; polling or guest-idle threads
 * grey. Every bar carries its processor and threads as data attributes and a tooltip.
 */
public final class TimelineChart {
    private static final int WIDTH = 800;
    private static final int LABEL_WIDTH = 64;
    private static final int RIGHT = 12;
    private static final int TOP = 8;
    private static final int AXIS = 34;
    private static final int CORE_GAP = 2;
    /** Okabe-Ito without its black, then darker and lighter companions: threads apart at a glance. */
    private static final List<String> PALETTE = List.of("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2",
            "#d55e00", "#cc79a7", "#8c6d31", "#6b6ecf", "#b5cf6b", "#e7969c", "#17becf");
    private static final String SHARED = "#333333";
    private static final String IDLE = "#c8c8c8";
    private static final String COLLISION = "#e8474a";

    private TimelineChart() {
    }

    public static String render(Timeline timeline, String id, String label) {
        List<TimelineLane> lanes = timeline.lanes();
        int laneHeight = lanes.size() <= 96 ? 8 : lanes.size() <= 512 ? 3 : 1;
        int cores = lanes.isEmpty() ? 0 : (int) lanes.stream().mapToInt(TimelineLane::core).distinct().count();
        int plotHeight = lanes.size() * laneHeight + cores * CORE_GAP;
        int height = TOP + plotHeight + AXIS;
        double plotWidth = WIDTH - LABEL_WIDTH - RIGHT;
        double scale = timeline.endSeconds() > 0 ? plotWidth / timeline.endSeconds() : 0;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg id='%s' class='chart timeline' role='img' aria-label='%s' "
                + "viewBox='0 0 %d %d' width='%d' height='%d' font-family='sans-serif'>%n",
                id, Html.escape(label), WIDTH, height, WIDTH, height));
        int[] laneTop = new int[lanes.size()];
        int y = TOP;
        for (int i = 0; i < lanes.size(); i++) {
            if (i > 0 && lanes.get(i).core() != lanes.get(i - 1).core()) {
                y += CORE_GAP;
            }
            laneTop[i] = y;
            y += laneHeight;
        }
        for (int i = 0; i < lanes.size(); ) {
            int end = i;
            while (end < lanes.size() && lanes.get(end).core() == lanes.get(i).core()) {
                end++;
            }
            collisions(svg, lanes.subList(i, end), laneTop[i], laneTop[end - 1] + laneHeight - laneTop[i], scale);
            i = end;
        }
        for (int i = 0; i < lanes.size(); i++) {
            TimelineLane lane = lanes.get(i);
            if (laneHeight >= 8) {
                svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='7' text-anchor='end'>%s</text>%n",
                        LABEL_WIDTH - 4, laneTop[i] + laneHeight - 1, Html.escape(lane.cpu())));
            }
            for (TimelineSlice slice : lane.slices()) {
                bar(svg, lane, slice, laneTop[i], laneHeight, scale);
            }
        }
        axis(svg, timeline.endSeconds(), TOP + plotHeight, scale);
        svg.append("</svg>");
        return svg.toString();
    }

    private static void bar(StringBuilder svg, TimelineLane lane, TimelineSlice slice, int top, int height, double scale) {
        // Rows tall enough keep a pixel free around each bar, so a collision's red shows through.
        int inset = height >= 8 ? 1 : 0;
        String threads = String.join(", ", slice.threads());
        String fill = slice.threads().size() > 1 ? SHARED
                : slice.threads().get(0).endsWith(")") ? IDLE : colour(slice.threads().get(0));
        svg.append(String.format(Locale.ROOT, "<rect x='%s' y='%d' width='%s' height='%d' fill='%s' "
                        + "data-cpu='%s' data-threads='%s'><title>%s: %s, %s–%s s</title></rect>%n",
                px(LABEL_WIDTH + slice.startSeconds() * scale), top + inset,
                px(Math.max(0.3, (slice.endSeconds() - slice.startSeconds()) * scale)), height - 1 - inset, fill,
                Html.escape(lane.cpu()), Html.escape(threads), Html.escape(lane.cpu()), Html.escape(threads),
                seconds(slice.startSeconds()), seconds(slice.endSeconds())));
    }

    /** Red under a core's rows wherever two or more of its siblings held a thread at once. */
    private static void collisions(StringBuilder svg, List<TimelineLane> siblings, int top, int height, double scale) {
        if (siblings.size() < 2) {
            return;
        }
        List<double[]> edges = new ArrayList<>();
        for (TimelineLane lane : siblings) {
            for (TimelineSlice slice : lane.slices()) {
                if (slice.threads().stream().anyMatch(t -> !t.endsWith(")"))) {
                    edges.add(new double[] {slice.startSeconds(), 1});
                    edges.add(new double[] {slice.endSeconds(), -1});
                }
            }
        }
        edges.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        int busy = 0;
        double since = 0;
        for (double[] edge : edges) {
            int before = busy;
            busy += (int) edge[1];
            if (before < 2 && busy >= 2) {
                since = edge[0];
            } else if (before >= 2 && busy < 2 && edge[0] > since) {
                svg.append(String.format(Locale.ROOT, "<rect class='collision' x='%s' y='%d' width='%s' height='%d' fill='%s'/>%n",
                        px(LABEL_WIDTH + since * scale), top - 1, px((edge[0] - since) * scale), height + 1, COLLISION));
            }
        }
    }

    private static void axis(StringBuilder svg, double endSeconds, int y, double scale) {
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#555'/>%n",
                LABEL_WIDTH, y + 1, WIDTH - RIGHT, y + 1));
        double step = niceStep(endSeconds / 8);
        for (double t = 0; step > 0 && t <= endSeconds + 1e-12; t += step) {
            String x = px(LABEL_WIDTH + t * scale);
            svg.append(String.format(Locale.ROOT, "<line x1='%s' y1='%d' x2='%s' y2='%d' stroke='#555'/>"
                    + "<text x='%s' y='%d' font-size='10' text-anchor='middle'>%s</text>%n",
                    x, y + 1, x, y + 5, x, y + 16, seconds(t)));
        }
        svg.append(String.format(Locale.ROOT, "<text x='%s' y='%d' font-size='11' text-anchor='middle'>Time (s)</text>%n",
                px(LABEL_WIDTH + (WIDTH - LABEL_WIDTH - RIGHT) / 2.0), y + 30));
    }

    private static double niceStep(double rough) {
        if (rough <= 0) {
            return 0;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= rough) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** A thread keeps its colour in every timeline of a report: the colour follows its name. */
    private static String colour(String thread) {
        return PALETTE.get(Math.floorMod(thread.hashCode(), PALETTE.size()));
    }

    private static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String seconds(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
