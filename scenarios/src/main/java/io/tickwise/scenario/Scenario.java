package io.tickwise.scenario;

import io.tickwise.host.spec.HostSpec;
import io.tickwise.kernel.spec.SystemsSpec;
import io.tickwise.kernel.system.SystemId;

import java.util.List;

/** A loaded, checked scenario, with command-line overrides applied. */
public record Scenario(String file, ScenarioSpec spec, HostSpec host, SystemsSpec systemsSpec, List<SystemId> systems,
                       List<Integer> tasks, int repetitions, long seed) {

    public Scenario {
        systems = List.copyOf(systems);
        tasks = List.copyOf(tasks);
    }

    /**
     * The system every other is compared with: the file's {@code baseline} while it is among
     * the systems run, else bare-metal processes when they are, else the first system.
     */
    public SystemId baseline() {
        return SystemId.parse(spec.baseline()).filter(systems::contains)
                .orElse(systems.contains(SystemId.BARE_METAL_PROCESSES) ? SystemId.BARE_METAL_PROCESSES : systems.get(0));
    }

    /** One task's work in cycles: the calibrated single-task time at the host's one-core clock. */
    public double taskCycles() {
        return spec.calibration().singleTaskSeconds().value() * 1e9 * host.frequency().turboGHz().values().get(0);
    }

    public Scenario withTasks(List<Integer> value) {
        return new Scenario(file, spec, host, systemsSpec, systems, value, repetitions, seed);
    }

    public Scenario withSystems(List<SystemId> value) {
        return new Scenario(file, spec, host, systemsSpec, value, tasks, repetitions, seed);
    }

    public Scenario withRepetitions(int value) {
        return new Scenario(file, spec, host, systemsSpec, systems, tasks, value, seed);
    }

    public Scenario withOptions(Options value) {
        return new Scenario(file, spec.withOptions(value), host, systemsSpec, systems, tasks, repetitions, seed);
    }

    public Scenario withHost(HostSpec value) {
        return new Scenario(file, spec, value, systemsSpec, systems, tasks, repetitions, seed);
    }

    public Scenario withSystemsSpec(SystemsSpec value) {
        return new Scenario(file, spec, host, value, systems, tasks, repetitions, seed);
    }

    public Scenario withSeed(long value) {
        return new Scenario(file, spec, host, systemsSpec, systems, tasks, repetitions, value);
    }
}
