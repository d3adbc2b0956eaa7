package io.tickwise.report.chart;

import io.tickwise.report.data.SystemIds;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.List;
import java.util.Locale;

/**
 * The colour and line of each system, the same in every chart and table of a report.
 * Colours are the Okabe-Ito palette, told apart by colour-blind readers; the
 * process-based variants are dashed as well so a grey-scale print still separates them
 * from their thread-based twins.
 */
public record SystemStyle(Color colour, boolean dashed) {

    private static final List<SystemStyle> PAPER_SYSTEMS = List.of(
            new SystemStyle(new Color(0xD5, 0x5E, 0x00), false),  // multicore-unikernel: vermillion
            new SystemStyle(new Color(0xE6, 0x9F, 0x00), false),  // single-core-unikernels: orange
            new SystemStyle(new Color(0x00, 0x72, 0xB2), false),  // ubuntu-vm-threads: blue
            new SystemStyle(new Color(0x56, 0xB4, 0xE9), true),   // ubuntu-vm-processes: sky blue
            new SystemStyle(new Color(0x00, 0x9E, 0x73), false),  // bare-metal-threads: green
            new SystemStyle(new Color(0xCC, 0x79, 0xA7), true));  // bare-metal-processes: purple

    /** Systems the paper did not run: dark, distinct from the palette, dotted. */
    private static final List<Color> OTHER = List.of(
            new Color(0x33, 0x33, 0x33), new Color(0x80, 0x80, 0x80), new Color(0xF0, 0xE4, 0x42));

    private static final float LINE_WIDTH = 2.0f;

    public static SystemStyle of(String system) {
        int paper = SystemIds.PAPER_ORDER.indexOf(system);
        if (paper >= 0) {
            return PAPER_SYSTEMS.get(paper);
        }
        // A hash keeps an unknown system's colour the same in every chart and every report.
        return new SystemStyle(OTHER.get(Math.floorMod(system.hashCode(), OTHER.size())), true);
    }

    public Stroke stroke() {
        if (!dashed) {
            return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {7f, 4f}, 0f);
    }

    /** The colour as SVG writes it, e.g. {@code rgb(213,94,0)}. */
    public String svgColour() {
        return String.format(Locale.ROOT, "rgb(%d,%d,%d)", colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    /** The colour for CSS, e.g. {@code #d55e00}. */
    public String cssColour() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
    }
}
