package io.tickwise.validation;

import io.tickwise.host.cpu.CoreSpeeds;
import io.tickwise.image.topology.HostTopology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One round's single task confined to each CPU in turn, and what it says about the CPUs: which
 * is fastest, and how much slower each other one runs the backend at that moment.
 *
 * @param cpus    the CPUs, in the order they were measured
 * @param seconds the task's seconds on each of them, same order
 */
record RoundSpeeds(List<Integer> cpus, List<Double> seconds) {

    RoundSpeeds {
        cpus = List.copyOf(cpus);
        seconds = List.copyOf(seconds);
        if (cpus.isEmpty() || cpus.size() != seconds.size()) {
            throw new IllegalArgumentException(cpus.size() + " CPUs with " + seconds.size() + " single-task runs");
        }
    }

    double fastest() {
        return Collections.min(seconds);
    }

    double mean() {
        return seconds.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** The slowest run over the fastest: 1 when the CPUs ran the task equally fast. */
    double slowestOverFastest() {
        return Collections.max(seconds) / fastest();
    }

    /** CPU i's speed relative to the fastest: at most 1. */
    double speed(int i) {
        return fastest() / seconds.get(i);
    }

    /**
     * The speeds by physical core of {@code topology}'s host model: the mean of its CPUs' speeds
     * (siblings of one core see the same neighbour), 1 for a core with no CPU measured.
     */
    CoreSpeeds byCore(HostTopology topology) {
        int cores = topology.sockets() * topology.coresPerSocket();
        double[] sum = new double[cores];
        int[] count = new int[cores];
        for (int i = 0; i < cpus.size(); i++) {
            int core = topology.physicalCoreOf(cpus.get(i));
            sum[core] += speed(i);
            count[core]++;
        }
        List<Double> speeds = new ArrayList<>();
        for (int c = 0; c < cores; c++) {
            speeds.add(count[c] == 0 ? 1.0 : sum[c] / count[c]);
        }
        return new CoreSpeeds(speeds);
    }

    /** Every core of {@code topology}'s host model at CPU i's speed: where a lone task confined to it runs. */
    CoreSpeeds everyCoreAs(int i, HostTopology topology) {
        return new CoreSpeeds(Collections.nCopies(topology.sockets() * topology.coresPerSocket(), speed(i)));
    }
}
