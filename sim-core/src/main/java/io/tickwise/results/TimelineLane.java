package io.tickwise.results;

import java.util.List;

/** One logical processor ({@code cpu} as Linux names it) of physical core {@code core}, and who ran on it. */
public record TimelineLane(String cpu, int core, List<TimelineSlice> slices) {
    public TimelineLane {
        slices = List.copyOf(slices);
    }
}
