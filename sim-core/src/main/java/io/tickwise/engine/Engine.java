package io.tickwise.engine;

import java.util.Locale;

/** The two executors; they give identical results and differ only in how entities are driven. */
public enum Engine {
    /** All entities of a run driven by one actor through a local event queue. */
    FUSED,
    /** Each entity its own actor, advanced in rounds by a conservative clock actor. */
    ACTORS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
