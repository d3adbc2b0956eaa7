package io.tickwise.scenario.run;

import io.tickwise.host.topology.Topology;
import io.tickwise.host.trace.HostTrace;
import io.tickwise.host.trace.RunSlice;
import io.tickwise.results.Timeline;
import io.tickwise.results.TimelineLane;
import io.tickwise.results.TimelineSlice;
import io.tickwise.scenario.trace.ChromeTrace;
import io.tickwise.scenario.trace.ThreadLabel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A traced run as the report's timeline. A figure resolves a few hundred intervals per
 * processor at most, so runs of slices each shorter than {@value #RESOLUTION}th of the run
 * (tick-fidelity time slices) are joined into one slice naming every thread that ran in it —
 * what processor sharing would have shown — and the results file stays small.
 */
final class Timelines {
    private static final int RESOLUTION = 300;

    private Timelines() {
    }

    static Timeline of(String series, int tasks, int repetition, HostTrace trace) {
        Topology topology = trace.topology();
        long shortNs = trace.endNs() / RESOLUTION;
        List<TimelineLane> lanes = new ArrayList<>();
        for (int lp = 0; lp < topology.logicalProcessors(); lp++) {
            lanes.add(new TimelineLane(ChromeTrace.cpuName(topology, lp), topology.coreOf(lp),
                    lane(trace.processors().get(lp), trace.threadNames(), shortNs)));
        }
        return new Timeline(series, tasks, repetition, trace.endNs() * 1e-9, lanes);
    }

    private static List<TimelineSlice> lane(List<RunSlice> slices, List<String> names, long shortNs) {
        List<TimelineSlice> lane = new ArrayList<>();
        long start = -1;
        long end = -1;
        Set<String> threads = new LinkedHashSet<>();
        for (RunSlice slice : slices) {
            boolean joins = start >= 0 && end == slice.startNs() && end - start < shortNs
                    && slice.endNs() - slice.startNs() < shortNs;
            if (!joins) {
                if (start >= 0) {
                    lane.add(new TimelineSlice(start * 1e-9, end * 1e-9, List.copyOf(threads)));
                }
                start = slice.startNs();
                threads.clear();
            }
            end = slice.endNs();
            slice.occupants().forEach(o -> threads.add(ThreadLabel.of(o, names)));
        }
        if (start >= 0) {
            lane.add(new TimelineSlice(start * 1e-9, end * 1e-9, List.copyOf(threads)));
        }
        return lane;
    }
}
