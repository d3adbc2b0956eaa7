package io.tickwise.validation;

import io.tickwise.input.BadInputException;

/**
 * Which single-task run calibrates a measured run. The speed of the machine at hand may change
 * between modes that last minutes, unreported (on a Firecracker guest a TCG vCPU ran the same
 * task in 1.4, 2.1 or 3.3 s within an hour, with no other process and no steal). A round of
 * repetitions (one run of every task count) takes seconds, so it stays within one mode: scaling
 * each run by its own round's single-task time compares the model with the machine's behaviour
 * rather than with the mode it happened to be in. The model's single-task time is then the
 * statistic of the single-task runs, and every other run is expressed at that speed.
 */
public enum Calibration {
    /** Every run of a round scaled by that round's single-task run (paired with it). */
    PER_ROUND("per-round"),
    /** Runs compared as measured; one single-task time for all of them. */
    ONCE("once");

    private final String id;

    Calibration(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Calibration parse(String text) {
        for (Calibration c : values()) {
            if (c.id.equals(text)) {
                return c;
            }
        }
        throw BadInputException.option("--calibration", "must be per-round or once, was '" + text + "'");
    }
}
