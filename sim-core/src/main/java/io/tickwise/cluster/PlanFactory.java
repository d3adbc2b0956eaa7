package io.tickwise.cluster;

import io.tickwise.sweep.SweepPlan;

/** Rebuilds a sweep's plan from its source, identically on every node. */
@FunctionalInterface
public interface PlanFactory {

    /** @throws io.tickwise.input.BadInputException when the source cannot be read as a sweep */
    SweepPlan plan(SweepSource source);
}
