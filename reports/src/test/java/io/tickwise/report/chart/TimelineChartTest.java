package io.tickwise.report.chart;

import io.tickwise.results.Timeline;
import io.tickwise.results.TimelineLane;
import io.tickwise.results.TimelineSlice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineChartTest {

    /** Core 0: two threads on its siblings from 1 s to 2 s; core 1: one thread, its sibling only halt-polling. */
    private static final Timeline TIMELINE = new Timeline("ubuntu-vm-threads", 2, 0, 4.0, List.of(
            new TimelineLane("cpu0", 0, List.of(new TimelineSlice(0, 4, List.of("vcpu-a")))),
            new TimelineLane("cpu2", 0, List.of(new TimelineSlice(1, 2, List.of("vcpu-b")))),
            new TimelineLane("cpu1", 1, List.of(new TimelineSlice(2, 4, List.of("vcpu-b")))),
            new TimelineLane("cpu3", 1, List.of(new TimelineSlice(0, 4, List.of("vcpu-c (halt-poll)"))))));

    private static Element svg() {
        return Jsoup.parse(TimelineChart.render(TIMELINE, "t", "test")).selectFirst("svg");
    }

    @Test
    void siblingsAreAdjacentRowsAndEachIntervalIsABar() {
        Elements labels = svg().select("text");
        assertEquals(List.of("cpu0", "cpu2", "cpu1", "cpu3"), labels.stream().limit(4).map(Element::text).toList());
        Elements bars = svg().select("rect[data-cpu]");
        assertEquals(4, bars.size());
        assertEquals("vcpu-b", svg().selectFirst("rect[data-cpu=cpu2]").attr("data-threads"));
    }

    @Test
    void onlyTwoRunningSiblingsMakeACollision() {
        Elements collisions = svg().select("rect.collision");
        assertEquals(1, collisions.size(), "core 1's polling sibling does not collide");
        Element collision = collisions.first();
        Element cpu0 = svg().selectFirst("rect[data-cpu=cpu0]");
        double perSecond = Double.parseDouble(cpu0.attr("width")) / 4;
        assertEquals(Double.parseDouble(cpu0.attr("x")) + perSecond, Double.parseDouble(collision.attr("x")), 0.11);
        assertEquals(perSecond, Double.parseDouble(collision.attr("width")), 0.11);
        assertTrue(Double.parseDouble(svg().selectFirst("rect[data-cpu=cpu3]").attr("width")) > 0);
    }
}
