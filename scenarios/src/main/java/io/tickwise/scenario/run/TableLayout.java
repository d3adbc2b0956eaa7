package io.tickwise.scenario.run;

/** How much of the results the terminal shows. */
public enum TableLayout {
    /** The task counts where something happens, series under short labels with a legend. */
    SUMMARY,
    /** Every task count and every series under its full name. */
    FULL
}
