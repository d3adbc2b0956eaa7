package io.tickwise.host.trace;

import io.tickwise.host.power.EnergyMeter.PowerStep;
import io.tickwise.host.topology.Topology;

import java.util.List;

/**
 * One traced run of a host over [0, end], gathered after the run from the recorders each
 * entity kept for itself: who held every logical processor ({@code processors}, by the
 * simulator's numbering), every core's power state and draw, every package's uncore draw and
 * clock, and what the host kernel did to threads.
 */
public record HostTrace(Topology topology, List<String> threadNames, long endNs, List<List<RunSlice>> processors,
                        List<List<PowerStep>> cores, List<List<PowerStep>> packages,
                        List<List<FrequencyStep>> clocks, List<HostEvent> events) {

    public HostTrace {
        threadNames = List.copyOf(threadNames);
        processors = List.copyOf(processors);
        cores = List.copyOf(cores);
        packages = List.copyOf(packages);
        clocks = List.copyOf(clocks);
        events = List.copyOf(events);
    }

    /** Each thread's on-CPU time in the slices, in ns, by thread id. */
    public double[] busyNsByThread() {
        double[] busy = new double[threadNames.size()];
        for (List<RunSlice> slices : processors) {
            for (RunSlice slice : slices) {
                slice.occupants().forEach(o -> busy[o.thread()] += slice.shareNs());
            }
        }
        return busy;
    }
}
