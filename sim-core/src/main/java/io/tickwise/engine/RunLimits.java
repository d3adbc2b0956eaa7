package io.tickwise.engine;

/** When a run stops if its model has not gone quiet or asked to stop by then. */
public record RunLimits(long maxEvents, long endTimeNs) {

    public static final RunLimits NONE = new RunLimits(Long.MAX_VALUE, Long.MAX_VALUE);

    public RunLimits {
        if (maxEvents < 0 || endTimeNs < 0) {
            throw new IllegalArgumentException("limits must be >= 0");
        }
    }

    public static RunLimits events(long maxEvents) {
        return new RunLimits(maxEvents, Long.MAX_VALUE);
    }

    public static RunLimits until(long endTimeNs) {
        return new RunLimits(Long.MAX_VALUE, endTimeNs);
    }
}
