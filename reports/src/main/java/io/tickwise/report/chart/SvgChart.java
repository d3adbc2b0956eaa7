package io.tickwise.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Draws a chart into an SVG element that can be inlined in an HTML page opened offline.
 *
 * <p>JFreeSVG always declares three XML namespaces on the root, one of them a URL of the
 * library's web site. Inline SVG in HTML needs none of them (the HTML parser puts
 * {@code <svg>} in the SVG namespace by itself), so they are removed, and any other URL
 * left in the drawing is refused: a report must not point anywhere.
 */
public final class SvgChart {

    static final String NAMESPACES = " xmlns='http://www.w3.org/2000/svg'"
            + " xmlns:xlink='http://www.w3.org/1999/xlink'"
            + " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";

    public static final int WIDTH = 800;
    public static final int HEIGHT = 460;

    private SvgChart() {
    }

    /**
     * @param id    unique in the page: it prefixes the clip-path ids too, which would
     *              otherwise collide between charts of one page
     * @param label what the chart shows, for readers that cannot see it
     */
    public static String render(JFreeChart chart, String id, String label, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        g.setGeomDoubleConverter(SvgChart::tenths);
        // Plots ask for normalised strokes on grid lines, which JFreeSVG writes as crispEdges;
        // a page that scales the chart then snaps each line to 1 or 2 device pixels at random.
        g.setCheckStrokeControlHint(false);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        String svg = g.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
        int at = svg.indexOf(NAMESPACES);
        if (at < 0) {
            throw new IllegalStateException("JFreeSVG no longer writes the expected root element; review SvgChart");
        }
        svg = svg.substring(0, at) + " class='chart' role='img' aria-label='" + attribute(label) + "'"
                + svg.substring(at + NAMESPACES.length());
        if (svg.contains("http:") || svg.contains("https:")) {
            throw new IllegalStateException("chart " + id + " refers to a URL; a report must open offline");
        }
        return svg;
    }

    public static String render(JFreeChart chart, String id, String label) {
        return render(chart, id, label, WIDTH, HEIGHT);
    }

    /** A tenth of a pixel is finer than any screen or printer shows and keeps the page small. */
    private static String tenths(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
