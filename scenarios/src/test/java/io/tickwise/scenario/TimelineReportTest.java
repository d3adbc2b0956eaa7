package io.tickwise.scenario;

import io.tickwise.cli.SimJar;
import io.tickwise.engine.Engine;
import io.tickwise.host.Fidelity;
import io.tickwise.host.cpu.Occupant;
import io.tickwise.host.topology.Topology;
import io.tickwise.host.trace.HostTrace;
import io.tickwise.host.trace.RunSlice;
import io.tickwise.kernel.system.SystemId;
import io.tickwise.results.ResultsJson;
import io.tickwise.results.Timeline;
import io.tickwise.scenario.run.ScenarioRun;
import io.tickwise.scenario.trace.ChromeTrace;
import io.tickwise.sweep.Simulator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's timeline shows where the model put each thread: here, two vCPU threads colliding on sibling hyperthreads. */
class TimelineReportTest {

    @TempDir
    Path dir;

    @Test
    void theTimelineShowsTwoThreadsOnSiblingsWhereTheModelPutThem() throws IOException {
        SimJar.Outcome o = SimJar.run("scenario", "intel-72.yaml", "--systems", "ubuntu-vm-threads", "--tasks", "36",
                "--reps", "1", "--out", dir.toString());
        assertEquals(0, o.status(), o.err());
        List<Timeline> timelines = ResultsJson.readResults(dir.resolve("results.json")).timelines();
        assertEquals(1, timelines.size());
        assertEquals(36, timelines.get(0).tasks(), "the physical core count by default");

        HostTrace model;
        try (Simulator simulator = Simulator.start()) {
            model = new ScenarioRun(ScenarioFiles.load("intel-72.yaml"), Engine.FUSED, Fidelity.FLUID, 1)
                    .single(simulator, SystemId.UBUNTU_VM_THREADS, 36, 0, true).host().timeline().orElseThrow();
        }
        Collision collision = firstCollision(model);

        Document page = Jsoup.parse(dir.resolve("report.html").toFile());
        Element svg = page.selectFirst("svg.timeline");
        assertTrue(svg != null, "a timeline figure");
        Element first = bar(svg, collision.cpuA, collision.threadA, collision.atSeconds * scale(svg, timelines.get(0)));
        Element second = bar(svg, collision.cpuB, collision.threadB, collision.atSeconds * scale(svg, timelines.get(0)));
        assertTrue(first != null && second != null, "both threads on their sibling rows at " + collision);
        assertFalse(svg.select("rect.collision").isEmpty(), "the collision is marked");
    }

    private record Collision(String cpuA, String threadA, String cpuB, String threadB, double atSeconds) {
    }

    /** The first instant at which both siblings of a core ran a thread, in the model's own trace. */
    private static Collision firstCollision(HostTrace trace) {
        Topology topology = trace.topology();
        Collision found = null;
        for (int core = 0; core < topology.physicalCores(); core++) {
            int a = topology.logicalProcessor(core, 0);
            int b = topology.logicalProcessor(core, 1);
            for (RunSlice sa : trace.processors().get(a)) {
                for (RunSlice sb : trace.processors().get(b)) {
                    long from = Math.max(sa.startNs(), sb.startNs());
                    long to = Math.min(sa.endNs(), sb.endNs());
                    boolean running = sa.occupants().get(0).mode() == Occupant.Mode.RUN
                            && sb.occupants().get(0).mode() == Occupant.Mode.RUN;
                    if (running && to - from > trace.endNs() / 100 && (found == null || from * 1e-9 < found.atSeconds)) {
                        double at = (from + to) / 2e9;
                        found = new Collision(ChromeTrace.cpuName(topology, a),
                                trace.threadNames().get(sa.occupants().get(0).thread()), ChromeTrace.cpuName(topology, b),
                                trace.threadNames().get(sb.occupants().get(0).thread()), at);
                    }
                }
            }
        }
        assertTrue(found != null, "the model put two busy threads on siblings for a while (Ubuntu VM at 36 tasks)");
        return found;
    }

    /** Pixels per second of the plot, from the time axis' first two labelled ticks. */
    private static double scale(Element svg, Timeline timeline) {
        double plotWidth = svg.select("line").first().attr("x2").transform(Double::parseDouble)
                - svg.select("line").first().attr("x1").transform(Double::parseDouble);
        return plotWidth / timeline.endSeconds();
    }

    /** The bar on {@code cpu}'s row naming {@code thread} that spans {@code xInPlot} pixels from the plot's left. */
    private static Element bar(Element svg, String cpu, String thread, double xInPlot) {
        double left = svg.select("line").first().attr("x1").transform(Double::parseDouble);
        for (Element rect : svg.select("rect[data-cpu=" + cpu + "]")) {
            double x = Double.parseDouble(rect.attr("x"));
            double width = Double.parseDouble(rect.attr("width"));
            if (rect.attr("data-threads").equals(thread) && x <= left + xInPlot + 0.5 && left + xInPlot <= x + width + 0.5) {
                return rect;
            }
        }
        return null;
    }
}
