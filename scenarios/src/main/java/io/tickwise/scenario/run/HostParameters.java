package io.tickwise.scenario.run;

import io.tickwise.host.spec.CStateSpec;
import io.tickwise.host.spec.Cited;
import io.tickwise.host.spec.HostSpec;
import io.tickwise.kernel.spec.SystemsSpec;
import io.tickwise.results.Parameter;
import io.tickwise.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every number a run used, with its source, for the results file and the report. */
final class HostParameters {
    private HostParameters() {
    }

    static List<Parameter> of(Scenario scenario) {
        List<Parameter> p = new ArrayList<>();
        HostSpec h = scenario.host();
        String topologySource = h.topology().source();
        p.add(new Parameter("host", "name", h.name(), h.description()));
        p.add(new Parameter("host", "vendor", h.name().toLowerCase(Locale.ROOT).contains("amd") ? "amd" : "intel", h.description()));
        p.add(new Parameter("host", "physicalCores", Integer.toString(h.physicalCores()), topologySource));
        p.add(new Parameter("host", "logicalProcessors", Integer.toString(h.logicalProcessors()), topologySource));
        p.add(new Parameter("host", "siblingKind", h.topology().siblingKind().name().toLowerCase(Locale.ROOT), topologySource));
        p.add(new Parameter("host", "sockets × cores × threads", h.topology().sockets() + " × " + h.topology().coresPerSocket()
                + " × " + h.topology().threadsPerCore(), topologySource));
        cited(p, "host", "smtShare", h.topology().smtShare(), "");
        cited(p, "host", "baseGHz", h.frequency().baseGHz(), " GHz");
        p.add(new Parameter("host", "turboGHz by active cores", h.frequency().turboGHz().values().toString(),
                h.frequency().turboGHz().source()));
        for (CStateSpec c : h.cStates()) {
            cited(p, "host", c.name() + " exit latency", c.exitLatencyUs(), " µs");
            cited(p, "host", c.name() + " target residency", c.targetResidencyUs(), " µs");
            cited(p, "host", c.name() + " core power", c.corePowerW(), " W");
        }
        cited(p, "host", "core active power", h.power().coreActiveW(), " W");
        cited(p, "host", "power reference clock", h.power().referenceGHz(), " GHz");
        cited(p, "host", "power frequency exponent", h.power().frequencyExponent(), "");
        cited(p, "host", "second sibling power", h.power().siblingExtraW(), " W");
        cited(p, "host", "uncore active power", h.power().uncoreActiveW(), " W");
        cited(p, "host", "uncore idle power", h.power().uncoreIdleW(), " W");
        cited(p, "host", "platform power", h.power().platformW(), " W");
        cited(p, "host", "CONFIG_HZ", h.scheduler().hz(), "");
        cited(p, "host", "CFS latency", h.scheduler().latencyMs(), " ms");
        cited(p, "host", "CFS min granularity", h.scheduler().minGranularityMs(), " ms");
        cited(p, "host", "context switch", h.scheduler().contextSwitchUs(), " µs");
        cited(p, "host", "load-balance interval", h.scheduler().balanceIntervalMs(), " ms");
        cited(p, "host", "imbalance_pct, SMT domain", h.scheduler().domains().smt().imbalancePct(), " %");
        cited(p, "host", "cache_nice_tries, SMT domain", h.scheduler().domains().smt().cacheNiceTries(), "");
        cited(p, "host", "imbalance_pct, socket domain", h.scheduler().domains().socket().imbalancePct(), " %");
        cited(p, "host", "cache_nice_tries, socket domain", h.scheduler().domains().socket().cacheNiceTries(), "");
        cited(p, "host", "imbalance_pct, machine domain", h.scheduler().domains().machine().imbalancePct(), " %");
        cited(p, "host", "cache_nice_tries, machine domain", h.scheduler().domains().machine().cacheNiceTries(), "");
        cited(p, "host", "halt-poll window", h.hypervisor().haltPollUs(), " µs");
        cited(p, "host", "VM exit", h.hypervisor().exitCycles(), " cycles");
        cited(p, "host", "timer-tick exit", h.hypervisor().timerTickExitCycles(), " cycles");
        cited(p, "host", "IPI exit", h.hypervisor().ipiExitCycles(), " cycles");
        cited(p, "host", "host wake-up of a vCPU", h.hypervisor().hostWakeupUs(), " µs");
        cited(p, "host", "exits per host tick on a vCPU", h.hypervisor().hostTickExits(), "");
        cited(p, "host", "exits per switch to a vCPU", h.hypervisor().vcpuSwitchExits(), "");
        cited(p, "host", "APIC exits per guest tick", h.hypervisor().guestTickApicExits(), "");
        cited(p, "scenario", "single-task time (calibration)", scenario.spec().calibration().singleTaskSeconds(), " s");
        p.add(new Parameter("scenario", "prime bound", Long.toString(scenario.spec().workload().primeBound()),
                scenario.spec().workload().source()));
        SystemsSpec s = scenario.systemsSpec();
        cited(p, "systems", "UDP one way", s.client().udpOneWayUs(), " µs");
        cited(p, "systems", "client send", s.client().sendUs(), " µs");
        cited(p, "systems", "unikernel request handling", s.unikernel().requestHandlingUs(), " µs");
        cited(p, "systems", "STARTUP IPIs of the AP wake-up", s.unikernel().startupIpis(), "");
        cited(p, "systems", "wait after INIT", s.unikernel().initWaitUs(), " µs");
        cited(p, "systems", "wait after each STARTUP IPI", s.unikernel().sipiWaitUs(), " µs");
        cited(p, "systems", "AP self-configuration", s.unikernel().apSelfConfigurationUs(), " µs");
        cited(p, "systems", "AP critical section", s.unikernel().criticalSectionUs(), " µs");
        cited(p, "systems", "xAPIC processor limit", s.unikernel().xapicMaxProcessors(), "");
        cited(p, "systems", "emulator CPU per VM (request window)", s.unikernel().vmStartCpuSeconds().request(), " s");
        cited(p, "systems", "emulator CPU per VM (process-lifetime window)",
                s.unikernel().vmStartCpuSeconds().processLifetime(), " s");
        cited(p, "systems", "pthread_create", s.linux().threadCreateUs(), " µs");
        cited(p, "systems", "fork", s.linux().processCreateUs(), " µs");
        cited(p, "systems", "reap", s.linux().reapUs(), " µs");
        cited(p, "systems", "guest CONFIG_HZ", s.linux().guestHz(), "");
        cited(p, "systems", "idle guest wake-ups", s.linux().idleWakeupsPerSecond(), " /s per vCPU");
        cited(p, "systems", "idle guest wake-up work", s.linux().idleWakeupWorkUs(), " µs");
        cited(p, "systems", "glibc stack cache", s.linux().stackCacheThreads(), " stacks");
        cited(p, "systems", "native IPI", s.linux().nativeIpiUs(), " µs");
        cited(p, "systems", "TLB flushes wake lazy-TLB CPUs", s.linux().flushWakesLazyTlbCpus(), "");
        cited(p, "systems", "guest imbalance_pct", s.linux().guestDomain().imbalancePct(), " %");
        cited(p, "systems", "guest cache_nice_tries", s.linux().guestDomain().cacheNiceTries(), "");
        return p;
    }

    private static void cited(List<Parameter> p, String scope, String name, Cited value, String unit) {
        p.add(new Parameter(scope, name, number(value.value()) + unit, value.source()));
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
