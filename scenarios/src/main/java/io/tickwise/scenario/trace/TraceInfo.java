package io.tickwise.scenario.trace;

/**
 * What a trace file says about its run besides the timeline: where it came from and what it measured.
 *
 * @param options every scenario option's value in the traced run, "name=value,..."
 */
public record TraceInfo(String scenario, String host, String system, int tasks, int repetition, long seed, String engine,
                        String fidelity, String options, long timeNs, long ticks, double energyJoules) {
}
