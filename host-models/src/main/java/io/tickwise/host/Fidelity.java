package io.tickwise.host;

import java.util.Locale;

/** How finely time is modelled; both must agree within 2 % on every paper point. */
public enum Fidelity {
    /** Events only at state changes; time slicing as processor sharing with switch overheads. */
    FLUID,
    /** Every timer interrupt and scheduler quantum is an event. */
    TICK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
