package io.tickwise.validation;

import io.tickwise.input.BadInputException;

/**
 * How the model of the machine at hand takes its CPUs' speeds. Every round measures one task
 * confined to each CPU in turn, so both models are compared on the same runs.
 */
public enum CpuSpeedModel {
    /**
     * Each round simulated with the speeds its single-task runs show: the fastest CPU at the
     * calibrated single-task time, every other slower by the ratio of its run to the fastest's.
     */
    MEASURED("measured"),
    /** Every CPU at the mean of the round's single-task runs, as a host file's cores are. */
    EQUAL("equal");

    private final String id;

    CpuSpeedModel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The other model, whose errors are reported beside the compared one's. */
    public CpuSpeedModel other() {
        return this == MEASURED ? EQUAL : MEASURED;
    }

    public static CpuSpeedModel parse(String text) {
        for (CpuSpeedModel m : values()) {
            if (m.id.equals(text)) {
                return m;
            }
        }
        throw BadInputException.option("--cpu-speeds", "must be measured or equal, was '" + text + "'");
    }
}
