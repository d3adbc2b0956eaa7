package io.tickwise.host;

import io.tickwise.engine.Engine;
import io.tickwise.engine.RunLimits;
import io.tickwise.host.cpu.CoreSpeeds;
import io.tickwise.host.hypervisor.Placement;
import io.tickwise.host.spec.Cited;
import io.tickwise.host.spec.HostFiles;
import io.tickwise.host.spec.HostSpec;
import io.tickwise.host.spec.SchedulerSpec;
import io.tickwise.host.thread.HostThread;
import io.tickwise.host.topology.Topology;
import io.tickwise.sweep.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostModelTest {
    static final Path HOSTS = Path.of("../scenarios/src/main/resources/io/tickwise/hosts");
    static final HostSpec INTEL = HostFiles.load(HOSTS.resolve("intel-xeon-e5-2699v3-2s.yaml"));
    static final HostSpec AMD = HostFiles.load(HOSTS.resolve("amd-opteron-6234-4s.yaml"));
    static final long SECOND = 1_000_000_000L;
    static final long C6_EXIT = 133_000;

    private static Simulator simulator;

    @BeforeAll
    static void start() {
        simulator = Simulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    static BusyThreads.Outcome run(HostSpec spec, HostOptions options, List<BusyThreads.Job> jobs, long until) {
        return simulator.run(Engine.FUSED, new BusyThreads(spec, options, jobs, until), 1, RunLimits.NONE);
    }

    static List<BusyThreads.Job> same(int n, double cycles, int pinnedStride) {
        List<BusyThreads.Job> jobs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            jobs.add(new BusyThreads.Job(0, cycles, pinnedStride < 0 ? -1 : i * pinnedStride));
        }
        return jobs;
    }

    static double last(List<Double> rates) {
        return rates.get(rates.size() - 1);
    }

    @Test
    void oneThreadAloneRunsAtTheTopTurboBinAfterLeavingC6() {
        BusyThreads.Outcome o = run(INTEL, HostOptions.DEFAULTS, same(1, 3.6e9, -1), 2 * SECOND);
        assertEquals(3.6, Collections.max(o.ratesSeen().get(0)), 1e-12);
        assertEquals(C6_EXIT + SECOND, o.finishedAt()[0]);
    }

    @Test
    void thirtySixBusyThreadsOnTheIntelHostRunAtTheAllCoreBin() {
        BusyThreads.Outcome o = run(INTEL, HostOptions.DEFAULTS, same(36, 2.8e9, -1), 2 * SECOND);
        // The package applies the all-core bin at its next control tick (500 µs): until then 3.6 GHz.
        long tick = 500_000;
        double early = 3.6 * (tick - C6_EXIT);
        long expected = tick + (long) Math.ceil((2.8e9 - early) / 2.8);
        for (int i = 0; i < 36; i++) {
            assertEquals(2.8, last(o.ratesSeen().get(i)), 1e-12, "thread " + i);
            assertEquals(expected, o.finishedAt()[i], 1, "thread " + i);
        }
    }

    @Test
    void twoThreadsOnSiblingLogicalProcessorsEachRunAtSmtShare() {
        BusyThreads.Outcome intel = run(INTEL, HostOptions.DEFAULTS, same(2, 1.8e9, 1), 2 * SECOND);
        assertEquals(3.6 * 0.5, last(intel.ratesSeen().get(0)), 1e-12);
        assertEquals(3.6 * 0.5, last(intel.ratesSeen().get(1)), 1e-12);
        assertEquals(C6_EXIT + SECOND, intel.finishedAt()[1]);
        BusyThreads.Outcome amd = run(AMD, HostOptions.DEFAULTS, same(2, 1e9, 1), 2 * SECOND);
        assertEquals(3.0 * 0.98, last(amd.ratesSeen().get(0)), 1e-12, "a Bulldozer module's two integer cores");
    }

    @Test
    void aSlowedCoreGetsLessDoneAtTheSameClockAndIsChargedTheLongerTime() {
        List<Double> speeds = new ArrayList<>(Collections.nCopies(36, 1.0));
        speeds.set(1, 0.5);
        // Two threads pinned to logical processors 0 and 2: physical cores 0 and 1 of socket 0.
        BusyThreads.Outcome o = run(INTEL, HostOptions.DEFAULTS.withCoreSpeeds(new CoreSpeeds(speeds)),
                same(2, 3.6e9, 2), 4 * SECOND);
        double clock = last(o.ratesSeen().get(0));
        assertEquals(clock * 0.5, last(o.ratesSeen().get(1)), 1e-12);
        BusyThreads.Outcome equal = run(INTEL, HostOptions.DEFAULTS, same(2, 3.6e9, 2), 4 * SECOND);
        assertEquals(equal.finishedAt()[0], o.finishedAt()[0], "the other core is unchanged");
        assertEquals(2 * equal.host().processTicks(1), o.host().processTicks(1), 1);
    }

    @Test
    void coreSpeedsMustFitTheHostAndBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new CoreSpeeds(List.of(1.0, 0.0)));
        assertThrows(IllegalArgumentException.class, () -> new CoreSpeeds(List.of(Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> new CoreSpeeds(List.of(Double.POSITIVE_INFINITY)));
        HostOptions twoCores = HostOptions.DEFAULTS.withCoreSpeeds(new CoreSpeeds(List.of(1.0, 0.5)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(INTEL, twoCores, same(1, 1e9, -1), SECOND));
        assertTrue(e.getMessage().contains("core speeds for 2 cores on a host of 36"), e.getMessage());
    }

    @Test
    void anIdleHostDrawsItsIdlePower() {
        BusyThreads.Outcome o = run(INTEL, HostOptions.DEFAULTS, List.of(), 10 * SECOND);
        // 36 cores in C6 at 0.05 W, two packages idle at 12 W, platform 62 W: 87.8 W.
        assertEquals(87.8 * 10, o.host().totalJoules(), 1e-9);
        BusyThreads.Outcome amd = run(AMD, HostOptions.DEFAULTS, List.of(), 10 * SECOND);
        assertEquals(230.0 * 10, amd.host().totalJoules(), 1e-9);
    }

    @Test
    void energyIsTheIntegralOfPowerForAHandComputedLoad() {
        // One thread pinned to logical processor 0 for 3.6e9 cycles at 3.6 GHz, measured over 2 s.
        BusyThreads.Outcome o = run(INTEL, HostOptions.DEFAULTS, same(1, 3.6e9, 0), 2 * SECOND);
        double busySeconds = (C6_EXIT + SECOND) / 1e9;
        double coreBusyW = 4.5 * Math.pow(3.6 / 2.8, 2.5);
        double expected = coreBusyW * busySeconds + 0.05 * (2 - busySeconds)   // core 0
                + 35 * 0.05 * 2                                                // the other cores in C6
                + 25 * busySeconds + 12 * (2 - busySeconds) + 12 * 2           // packages
                + 62 * 2;                                                      // platform
        double measured = o.host().totalJoules();
        assertEquals(expected, measured, expected * 0.001);
        Map<String, Double> cores = o.host().coreJoulesByState();
        assertEquals(coreBusyW * busySeconds, cores.get("C0"), 1e-9);
    }

    @Test
    void nothingIsNegativeOrNaN() {
        BusyThreads.Outcome o = run(INTEL, HostOptions.DEFAULTS.withTrace(true), mixedLoad(150, 5, HostThread.Kind.TASK), 4 * SECOND);
        o.host().coreJoulesByState().values().forEach(j -> assertTrue(j >= 0 && Double.isFinite(j), "core " + j));
        o.host().packageJoulesByState().values().forEach(j -> assertTrue(j >= 0 && Double.isFinite(j), "package " + j));
        for (long ns : o.host().threadCpuNs()) {
            assertTrue(ns >= 0);
        }
        o.host().powerTrace().forEach(step -> assertTrue(step.watts() > 0 && Double.isFinite(step.watts())));
        o.ratesSeen().forEach(rates -> rates.forEach(r -> assertTrue(r >= 0 && Double.isFinite(r))));
    }

    @Test
    void threadsOnDistinctCoresAccrueTicksAtWallRate() {
        int n = 10;
        BusyThreads.Outcome o = run(INTEL, HostOptions.DEFAULTS, same(n, 2 * 3.3e9, 2), 3 * SECOND);
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += o.host().processTicks(i);
        }
        // Pinned to every other logical processor: 10 distinct cores of socket 0, all-core bin 2.8 GHz.
        double seconds = 2 * 3.3e9 / 2.8e9;
        assertEquals(Math.floor(seconds * 100) * n, total, n);
    }

    @Test
    void timeSlicedThreadsShareTicksAndSiblingContentionStillChargesWallTime() {
        // Two threads on one logical processor: each gets half of it, ticks add up to the wall time.
        BusyThreads.Outcome shared = run(INTEL, HostOptions.DEFAULTS.withPlacement(Placement.PINNED),
                List.of(new BusyThreads.Job(0, 3.6e9, 0), new BusyThreads.Job(0, 3.6e9, 0)), 3 * SECOND);
        double wall = (shared.finishedAt()[1] - C6_EXIT) / 1e9;
        assertTrue(wall > 2.0 && wall < 2.01, "two 1 s threads time-sliced take 2 s plus switches: " + wall);
        assertEquals(Math.floor(wall * 100), shared.host().processTicks(0) + shared.host().processTicks(1), 2);
        // Two threads on sibling hyperthreads: each runs at half speed and is charged the whole wall time.
        BusyThreads.Outcome siblings = run(INTEL, HostOptions.DEFAULTS, same(2, 1.8e9, 1), 3 * SECOND);
        assertEquals(100, siblings.host().processTicks(0));
        assertEquals(100, siblings.host().processTicks(1));
    }

    @Test
    void aHaltedLogicalProcessorAccruesNoTicks() {
        // The thread works 1 s and exits; the measurement runs to 5 s.
        BusyThreads.Outcome o = run(INTEL, HostOptions.DEFAULTS, same(1, 3.6e9, -1), 5 * SECOND);
        assertEquals(100, o.host().processTicks(0));
    }

    @Test
    void wakingACoreCostsTheExitLatencyOfTheStateItLeaves() {
        BusyThreads.Outcome fromC6 = run(INTEL, HostOptions.DEFAULTS, same(1, 3.6e9, 0), 2 * SECOND);
        assertEquals(133_000 + SECOND, fromC6.finishedAt()[0]);
        // With C-states off the idle cores sit in C1, which counts as active: the clock is the all-core bin.
        BusyThreads.Outcome fromC1 = run(INTEL, HostOptions.DEFAULTS.withCStates(false), same(1, 2.8e9, 0), 2 * SECOND);
        assertEquals(2_000 + SECOND, fromC1.finishedAt()[0], 1);
        assertEquals(2.8, last(fromC1.ratesSeen().get(0)), 1e-12);
    }

    static List<BusyThreads.Job> mixedLoad(int n, long seed, HostThread.Kind kind) {
        SplittableRandom random = new SplittableRandom(seed);
        List<BusyThreads.Job> jobs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            jobs.add(new BusyThreads.Job(random.nextLong(SECOND / 2), 1e9 + random.nextDouble() * 3e9, -1, kind));
        }
        return jobs;
    }

    /** KVM's external-interrupt exiting: the host's 250 Hz tick makes a running vCPU exit, 1,550 cycles each. */
    @Test
    void aVcpuThreadLosesTheExitsOfTheHostTicksOnItsProcessor() {
        BusyThreads.Outcome task = run(INTEL, HostOptions.DEFAULTS, List.of(new BusyThreads.Job(0, 3.6e9, 0)), 2 * SECOND);
        BusyThreads.Outcome vcpu = run(INTEL, HostOptions.DEFAULTS,
                List.of(new BusyThreads.Job(0, 3.6e9, 0, HostThread.Kind.VCPU)), 2 * SECOND);
        assertEquals(3.6, last(task.ratesSeen().get(0)), 1e-12);
        assertEquals(3.6 * (1 - 250 * 1550 / 3.6e9), last(vcpu.ratesSeen().get(0)), 1e-12);
        // 1 s of work at 1 - 250 x 1550 / 3.6e9 of the rate: 107.65 µs longer.
        assertEquals(107_650, vcpu.finishedAt()[0] - task.finishedAt()[0], 2);
    }

    /** A switch to a vCPU thread costs the host context switch (3.8 µs) and a VM entry (one exit, 1,550 cycles). */
    @Test
    void vcpuThreadsSharingAProcessorPayAVmEntryAtEverySwitch() {
        HostOptions pinned = HostOptions.DEFAULTS.withPlacement(Placement.PINNED);
        BusyThreads.Outcome tasks = run(INTEL, pinned, List.of(new BusyThreads.Job(0, 3.6e9, 0),
                new BusyThreads.Job(0, 3.6e9, 0)), 3 * SECOND);
        BusyThreads.Outcome vcpus = run(INTEL, pinned, List.of(new BusyThreads.Job(0, 3.6e9, 0, HostThread.Kind.VCPU),
                new BusyThreads.Job(0, 3.6e9, 0, HostThread.Kind.VCPU)), 3 * SECOND);
        double slice = 12e6;
        assertTrue(seen(tasks.ratesSeen().get(0), 1.8 * (1 - 3800 / slice)), tasks.ratesSeen().toString());
        double entry = Math.round(1550 / 3.6);
        assertTrue(seen(vcpus.ratesSeen().get(0), 1.8 * (1 - (3800 + entry) / slice - 250 * 1550 / 3.6e9)),
                vcpus.ratesSeen().toString());
    }

    private static boolean seen(List<Double> rates, double expected) {
        return rates.stream().anyMatch(r -> Math.abs(r - expected) < 1e-12);
    }

    /**
     * Two threads that last ran on the two hyperthreads of one core wake there (their previous
     * processors are idle) and share the core at smtShare. Each is alone on its processor, so
     * the idle cores' balancing can only move one by active balance: after the socket domain's
     * failed attempts exceed cache_nice_tries (1) + 2, at the fourth balance interval (4 x 36 ms),
     * one moves to an idle core and both then run at full rate.
     */
    @Test
    void hostBalancingSeparatesThreadsCollidingOnSiblingHyperthreads() {
        BusyThreads.Outcome o = run(INTEL, HostOptions.DEFAULTS, collidingSiblings(), 2 * SECOND);
        for (int i = 0; i < 2; i++) {
            assertTrue(seen(o.ratesSeen().get(i), 1.8), "sharing the core at first: " + o.ratesSeen().get(i));
            assertEquals(3.6, last(o.ratesSeen().get(i)), 1e-12, "apart after balancing");
        }
        // 144 ms at half rate cost 72 ms; without balancing both would take 2 s.
        assertEquals(C6_EXIT + SECOND + 72_000_000, lastFinish(o), 2_000_000);
    }

    /** With cache_nice_tries 0 the running thread moves after three failed attempts: 3 x 36 ms at half rate, 54 ms. */
    @Test
    void activeBalanceWaitsForCacheNiceTriesPlusTwoFailedAttempts() {
        SchedulerSpec s = INTEL.scheduler();
        SchedulerSpec.DomainSpec socket = s.domains().socket();
        SchedulerSpec eager = new SchedulerSpec(s.hz(), s.latencyMs(), s.minGranularityMs(), s.wakeupGranularityMs(),
                s.contextSwitchUs(), s.balanceIntervalMs(), new SchedulerSpec.Domains(s.domains().smt(),
                new SchedulerSpec.DomainSpec(socket.imbalancePct(), new Cited(0, "test")), s.domains().machine()));
        HostSpec host = new HostSpec(INTEL.name(), INTEL.description(), INTEL.topology(), INTEL.frequency(),
                INTEL.cStates(), INTEL.power(), INTEL.idleGovernor(), eager, INTEL.hypervisor());
        BusyThreads.Outcome o = run(host, HostOptions.DEFAULTS, collidingSiblings(), 2 * SECOND);
        assertEquals(C6_EXIT + SECOND + 54_000_000, lastFinish(o), 2_000_000);
    }

    private static List<BusyThreads.Job> collidingSiblings() {
        Topology topology = Topology.of(INTEL.topology());
        return List.of(
                new BusyThreads.Job(0, 3.6e9, -1, HostThread.Kind.TASK, topology.logicalProcessor(0, 0)),
                new BusyThreads.Job(0, 3.6e9, -1, HostThread.Kind.TASK, topology.logicalProcessor(0, 1)));
    }

    private static long lastFinish(BusyThreads.Outcome o) {
        return Math.max(o.finishedAt()[0], o.finishedAt()[1]);
    }

    @Test
    void fluidAndTickFidelityAgreeWithinTwoPercentOnAMixedLoadOfVcpus() {
        agreeWithinTwoPercent(mixedLoad(150, 7, HostThread.Kind.VCPU));
    }

    @Test
    void fluidAndTickFidelityAgreeWithinTwoPercentOnAMixedLoad() {
        agreeWithinTwoPercent(mixedLoad(150, 7, HostThread.Kind.TASK));
    }

    private static void agreeWithinTwoPercent(List<BusyThreads.Job> jobs) {
        BusyThreads.Outcome fluid = run(INTEL, HostOptions.DEFAULTS, jobs, 6 * SECOND);
        BusyThreads.Outcome tick = run(INTEL, HostOptions.DEFAULTS.withFidelity(Fidelity.TICK), jobs, 6 * SECOND);
        long fluidEnd = 0;
        long tickEnd = 0;
        long fluidTicks = 0;
        long tickTicks = 0;
        for (int i = 0; i < jobs.size(); i++) {
            fluidEnd = Math.max(fluidEnd, fluid.finishedAt()[i]);
            tickEnd = Math.max(tickEnd, tick.finishedAt()[i]);
            fluidTicks += fluid.host().processTicks(i);
            tickTicks += tick.host().processTicks(i);
        }
        assertEquals(fluidEnd, tickEnd, 0.02 * fluidEnd, "makespan");
        assertEquals(fluidTicks, tickTicks, 0.02 * fluidTicks, "ticks");
        assertEquals(fluid.host().totalJoules(), tick.host().totalJoules(), 0.02 * fluid.host().totalJoules(), "energy");
        assertTrue(tick.stats().events() > 2 * fluid.stats().events(), "tick fidelity models every quantum");
    }
}
