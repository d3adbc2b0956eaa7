package io.tickwise.host;

import io.tickwise.host.cpu.PhysicalCore;
import io.tickwise.host.cpu.Socket;
import io.tickwise.host.hypervisor.Hypervisor;
import io.tickwise.host.power.EnergyMeter;
import io.tickwise.host.spec.HostSpec;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.host.topology.Topology;
import io.tickwise.host.trace.HostTrace;
import io.tickwise.host.trace.RunSlice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a host measured over [0, end]: energy per component (cores by power state, packages by
 * state, the rest of the platform), each host thread's on-CPU time, and — when traced — the
 * whole host's power over time and the run's timeline.
 */
public record HostMeasurements(long endNs, Map<String, Double> coreJoulesByState, Map<String, Double> packageJoulesByState,
                               double platformJoules, long[] threadCpuNs, List<EnergyMeter.PowerStep> powerTrace,
                               Optional<HostTrace> timeline) {

    /** /proc/&lt;pid&gt;/stat reports CPU time in USER_HZ = 100 units on x86, whatever CONFIG_HZ is. */
    public static final int USER_HZ = 100;

    static HostMeasurements collect(HostSpec spec, ThreadTable threads, List<PhysicalCore> cores, List<Socket> sockets,
                                    Hypervisor hypervisor, boolean traced, long endNs) {
        Map<String, Double> coreJoules = new TreeMap<>();
        long[] cpu = new long[threads.size()];
        List<EnergyMeter> meters = new ArrayList<>();
        for (PhysicalCore core : cores) {
            core.meter().addJoulesUntil(endNs, coreJoules);
            core.addCpuNsUntil(endNs, cpu);
            meters.add(core.meter());
        }
        Map<String, Double> packageJoules = new TreeMap<>();
        for (Socket socket : sockets) {
            socket.meter().addJoulesUntil(endNs, packageJoules);
            meters.add(socket.meter());
        }
        double platformW = spec.power().platformW().value();
        return new HostMeasurements(endNs, coreJoules, packageJoules, platformW * endNs * 1e-9, cpu,
                mergedTrace(meters, platformW, endNs),
                traced ? Optional.of(timeline(spec, threads, cores, sockets, hypervisor, endNs)) : Optional.empty());
    }

    private static HostTrace timeline(HostSpec spec, ThreadTable threads, List<PhysicalCore> cores, List<Socket> sockets,
                                      Hypervisor hypervisor, long endNs) {
        List<String> names = new ArrayList<>();
        for (int t = 0; t < threads.size(); t++) {
            names.add(threads.get(t).name());
        }
        List<List<RunSlice>> processors = new ArrayList<>();
        List<List<EnergyMeter.PowerStep>> corePower = new ArrayList<>();
        for (PhysicalCore core : cores) {
            processors.addAll(core.slicesUntil(endNs));
            corePower.add(core.meter().trace());
        }
        return new HostTrace(Topology.of(spec.topology()), names, endNs, processors, corePower,
                sockets.stream().map(s -> s.meter().trace()).toList(), sockets.stream().map(Socket::clockTrace).toList(),
                hypervisor.events());
    }

    public double totalJoules() {
        return coreJoulesByState.values().stream().mapToDouble(Double::doubleValue).sum()
                + packageJoulesByState.values().stream().mapToDouble(Double::doubleValue).sum() + platformJoules;
    }

    /**
     * Host CPU ticks of a process made of {@code threads} (a QEMU process and its vCPU threads,
     * or a runner with its reaped children), plus {@code extraNs} the caller accounts itself:
     * the kernel sums its threads' run time in nanoseconds and truncates once, to USER_HZ units.
     */
    public long processTicks(long extraNs, int... threads) {
        long ns = extraNs;
        for (int t : threads) {
            ns += threadCpuNs[t];
        }
        return toTicks(ns);
    }

    public long processTicks(int... threads) {
        return processTicks(0, threads);
    }

    public static long toTicks(long ns) {
        return ns / (1_000_000_000L / USER_HZ);
    }

    /** Sum of every component's piecewise-constant power: one step at each instant any of them changed. */
    private static List<EnergyMeter.PowerStep> mergedTrace(List<EnergyMeter> meters, double platformW, long endNs) {
        TreeSet<Long> instants = new TreeSet<>();
        List<List<EnergyMeter.PowerStep>> traces = new ArrayList<>();
        for (EnergyMeter m : meters) {
            List<EnergyMeter.PowerStep> trace = m.trace();
            if (trace.isEmpty()) {
                return List.of();
            }
            traces.add(trace);
            trace.forEach(step -> instants.add(step.timeNs()));
        }
        int[] cursor = new int[traces.size()];
        List<EnergyMeter.PowerStep> merged = new ArrayList<>();
        for (long t : instants.headSet(endNs, true)) {
            double watts = platformW;
            for (int i = 0; i < traces.size(); i++) {
                List<EnergyMeter.PowerStep> trace = traces.get(i);
                while (cursor[i] + 1 < trace.size() && trace.get(cursor[i] + 1).timeNs() <= t) {
                    cursor[i]++;
                }
                watts += trace.get(cursor[i]).watts();
            }
            merged.add(new EnergyMeter.PowerStep(t, "host", watts));
        }
        return merged;
    }
}
