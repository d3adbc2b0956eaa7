package io.tickwise.scenario.trace;

/** What a trace file says about its run besides the timeline: where it came from and what it measured. */
public record TraceInfo(String scenario, String host, String system, int tasks, int repetition, long seed, String engine,
                        String fidelity, long timeNs, long ticks, double energyJoules) {
}
