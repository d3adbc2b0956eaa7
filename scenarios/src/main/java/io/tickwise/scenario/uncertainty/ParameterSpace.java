package io.tickwise.scenario.uncertainty;

import io.tickwise.host.spec.HostSpec;
import io.tickwise.host.spec.RangedConstants;
import io.tickwise.host.spec.RangedConstants.Constant;
import io.tickwise.kernel.spec.SystemsSpec;
import io.tickwise.results.UncertaintyStudy.RangedConstant;
import io.tickwise.scenario.Scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranged constants of a scenario's host and systems files, named {@code host:<path>} and
 * {@code systems:<path>}, and the scenario at a point of the unit cube over them: each constant
 * uniform across its range, as the sources give a range but no distribution within it.
 */
final class ParameterSpace {
    private static final String HOST = "host:";
    private static final String SYSTEMS = "systems:";

    private final Scenario scenario;
    private final List<RangedConstant> constants;

    private ParameterSpace(Scenario scenario, List<RangedConstant> constants) {
        this.scenario = scenario;
        this.constants = List.copyOf(constants);
    }

    static ParameterSpace of(Scenario scenario) {
        List<RangedConstant> constants = new ArrayList<>();
        for (Constant c : RangedConstants.of(scenario.host())) {
            constants.add(new RangedConstant(HOST + c.path(), c.value(), c.low(), c.high()));
        }
        for (Constant c : RangedConstants.of(scenario.systemsSpec())) {
            constants.add(new RangedConstant(SYSTEMS + c.path(), c.value(), c.low(), c.high()));
        }
        return new ParameterSpace(scenario, constants);
    }

    List<RangedConstant> constants() {
        return constants;
    }

    List<String> names() {
        return constants.stream().map(RangedConstant::name).toList();
    }

    /** Each constant's value at the unit-cube point {@code unit} (one coordinate per constant, in order). */
    double[] values(double[] unit) {
        double[] values = new double[constants.size()];
        for (int d = 0; d < values.length; d++) {
            RangedConstant c = constants.get(d);
            values[d] = c.low() + unit[d] * (c.high() - c.low());
        }
        return values;
    }

    /** The scenario with every ranged constant at its value of {@code unit}; nothing else changes. */
    Scenario at(double[] unit) {
        double[] values = values(unit);
        Map<String, Double> host = new HashMap<>();
        Map<String, Double> systems = new HashMap<>();
        for (int d = 0; d < values.length; d++) {
            String name = constants.get(d).name();
            if (name.startsWith(HOST)) {
                host.put(name.substring(HOST.length()), values[d]);
            } else {
                systems.put(name.substring(SYSTEMS.length()), values[d]);
            }
        }
        HostSpec sampledHost = RangedConstants.withValues(scenario.host(), host);
        SystemsSpec sampledSystems = RangedConstants.withValues(scenario.systemsSpec(), systems);
        return scenario.withHost(sampledHost).withSystemsSpec(sampledSystems);
    }
}
