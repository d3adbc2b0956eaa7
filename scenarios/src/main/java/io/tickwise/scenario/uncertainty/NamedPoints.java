package io.tickwise.scenario.uncertainty;

import io.tickwise.scenario.Scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The task counts sensitivity is reported at, each with its name: one task, the host's physical
 * cores and logical processors (the largest task count at or below each), and the most tasks.
 */
final class NamedPoints {
    private NamedPoints() {
    }

    /** Task count → name, in task order; a count that is several of them carries every name. */
    static Map<Integer, String> of(Scenario scenario) {
        TreeSet<Integer> tasks = new TreeSet<>(scenario.tasks());
        Map<Integer, String> named = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> target : List.of(
                Map.entry(tasks.first() == 1 ? "1 task" : "fewest", tasks.first()),
                Map.entry("cores", scenario.host().physicalCores()),
                Map.entry("logical", scenario.host().logicalProcessors()),
                Map.entry("most", tasks.last()))) {
            Integer at = tasks.floor(target.getValue());
            named.merge(at == null ? tasks.first() : at, target.getKey(), (a, b) -> a + ", " + b);
        }
        return named;
    }
}
