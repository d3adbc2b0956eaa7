package io.tickwise.scenario;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;
import io.tickwise.host.spec.Cited;
import io.tickwise.input.StrictYaml;

import java.util.List;

/**
 * A scenario file: the host, the systems and the one the others are compared with (optional),
 * the task axis, repetitions and seed, the workload and the one calibrated number (the
 * single-task time on this host), and the model's what-if options. An option given as a list
 * is an axis: a sweep runs the product of all axes.
 */
public record ScenarioSpec(String name, String description, String host, List<String> systems,
                           @JacksonInject(value = StrictYaml.OPTIONAL, useInput = OptBoolean.TRUE) String baseline,
                           String tasks, int repetitions, long seed, Workload workload, Calibration calibration,
                           Options options) {

    public ScenarioSpec withOptions(Options value) {
        return new ScenarioSpec(name, description, host, systems, baseline, tasks, repetitions, seed, workload, calibration,
                value);
    }

    /** The task: count primes below {@code primeBound} by trial division. */
    public record Workload(long primeBound, String source) {
    }

    /** The only fitted number: one task's time alone on this host, at the one-core turbo clock. */
    public record Calibration(Cited singleTaskSeconds) {
    }
}
