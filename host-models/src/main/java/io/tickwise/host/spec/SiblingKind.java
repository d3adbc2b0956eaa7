package io.tickwise.host.spec;

/**
 * What the logical processors of one physical core share. Both are modelled by one mechanism
 * (a per-thread rate factor while the sibling is busy); they differ in that factor and in
 * what counts as a "core" for power gating.
 */
public enum SiblingKind {
    /** Intel Hyper-Threading: two hardware threads share one core's execution units. */
    HYPERTHREAD,
    /** AMD Bulldozer module: two integer cores share front end, FPU and L2. */
    MODULE
}
