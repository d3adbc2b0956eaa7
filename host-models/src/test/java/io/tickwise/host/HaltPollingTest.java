package io.tickwise.host;

import io.tickwise.engine.Context;
import io.tickwise.engine.Engine;
import io.tickwise.engine.EntityRef;
import io.tickwise.engine.RunLimits;
import io.tickwise.engine.RunStats;
import io.tickwise.engine.Simulation;
import io.tickwise.engine.World;
import io.tickwise.host.hypervisor.Hypervisor;
import io.tickwise.host.power.EnergyMeter;
import io.tickwise.host.thread.RatesChanged;
import io.tickwise.engine.Port;
import io.tickwise.host.thread.HostThread;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.sweep.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A vCPU thread that runs, halts (guest HLT), and is woken again after a gap. */
class HaltPollingTest {
    private static Simulator simulator;

    @BeforeAll
    static void start() {
        simulator = Simulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    /** The rates the owner heard, in order, as (time, cycles per ns); and the host's measurements. */
    record Outcome(List<double[]> heard, HostMeasurements host) {

        /** When the thread runs after {@code from}, as its owner knows it: the rate it last heard is above 0. */
        long runsFrom(long from) {
            double known = 0;
            for (double[] h : heard) {
                if (h[0] <= from) {
                    known = h[1];
                }
            }
            if (known > 0) {
                return from;
            }
            for (double[] h : heard) {
                if (h[0] > from && h[1] > 0) {
                    return (long) h[0];
                }
            }
            return -1;
        }
    }

    /** Wakes thread 0 at 0, halts it at 1 ms, wakes it again at 1 ms + gap; records the rates heard. */
    static final class HaltAndWake implements Simulation<Outcome> {
        private final long gapNs;
        private final long untilNs;
        private final boolean idleInGuest;
        private final List<double[]> heard = new ArrayList<>();
        private HostModel host;

        HaltAndWake(long gapNs, long untilNs) {
            this(gapNs, untilNs, false);
        }

        /** {@code idleInGuest}: the guest idles without a VM exit (cpu-pm=on) instead of halting. */
        HaltAndWake(long gapNs, long untilNs, boolean idleInGuest) {
            this.gapNs = gapNs;
            this.untilNs = untilNs;
            this.idleInGuest = idleInGuest;
        }

        @Override
        public void build(World world) {
            AtomicReference<EntityRef<Hypervisor.Message>> hypervisor = new AtomicReference<>();
            EntityRef<Object> vcpu = world.spawn("vcpu", (Object m, Context<Object> c) -> {
                if (m instanceof RatesChanged change) {
                    heard.add(new double[] {c.now(), change.rates().get(0).cyclesPerNs()});
                } else if ("wake".equals(m)) {
                    c.send(hypervisor.get(), new Hypervisor.Wake(0), 0);
                } else if ("halt".equals(m)) {
                    c.send(hypervisor.get(), idleInGuest ? new Hypervisor.IdleInGuest(0) : new Hypervisor.Halt(0, Long.MAX_VALUE), 0);
                }
            });
            ThreadTable threads = new ThreadTable();
            threads.add("vcpu-0", HostThread.Kind.VCPU, Port.of(vcpu, change -> change), 0, 0);
            host = HostModel.build(world, HostModelTest.INTEL, HostOptions.DEFAULTS.withTrace(true), threads);
            hypervisor.set(host.hypervisor());
            world.schedule(vcpu, "wake", 0);
            world.schedule(vcpu, "halt", 1_000_000);
            world.schedule(vcpu, "wake", 1_000_000 + gapNs);
        }

        @Override
        public Outcome result(RunStats stats) {
            return new Outcome(heard, host.measure(untilNs));
        }
    }

    @Test
    void aWakeUpInsideTheHaltPollWindowResumesAtOnce() {
        Outcome o = simulator.run(Engine.FUSED, new HaltAndWake(50_000, 2_000_000), 1, RunLimits.NONE);
        assertEquals(1_050_000L, o.runsFrom(1_050_000), "no host wake-up, no C-state exit");
        assertEquals(143_000L, o.runsFrom(0), "the first wake-up: C6 exit, then the host's wake-up path");
        // Polling is on-CPU time: from the end of the first wake-up (C6 exit, then the host's 10 µs) to the end.
        assertEquals(2_000_000 - 143_000, o.host().threadCpuNs()[0]);
    }

    @Test
    void aWakeUpAfterTheWindowPaysTheHostWakeUpAndTheCStateExit() {
        Outcome o = simulator.run(Engine.FUSED, new HaltAndWake(5_000_000, 8_000_000), 1, RunLimits.NONE);
        long woken = 6_000_000;
        // The core polled 200 µs, then slept: C6 chosen for an unbounded idle period.
        assertEquals(woken + 10_000 + 133_000, o.runsFrom(woken));
        long expectedCpu = (1_000_000 - 143_000) + 200_000 + (8_000_000 - (woken + 10_000 + 133_000));
        assertEquals(expectedCpu, o.host().threadCpuNs()[0]);
    }

    @Test
    void aGuestIdleWithoutExitsKeepsItsThreadChargedWhileTheCoreSleeps() {
        HaltAndWake halting = new HaltAndWake(5_000_000, 8_000_000);
        HaltAndWake idling = new HaltAndWake(5_000_000, 8_000_000, true);
        Outcome halted = simulator.run(Engine.FUSED, halting, 1, RunLimits.NONE);
        Outcome idle = simulator.run(Engine.FUSED, idling, 1, RunLimits.NONE);
        // The thread never leaves its processor: charged from its first start to the end, sleep included.
        assertEquals(8_000_000 - 143_000, idle.host().threadCpuNs()[0]);
        // Woken, it only waits for the core to leave C6: no host wake-up path.
        assertEquals(6_000_000 + 133_000, idle.runsFrom(6_000_000));
        // The core slept all the same: no halt-poll window in C0, so less energy than halting.
        assertTrue(idle.host().totalJoules() < halted.host().totalJoules(),
                idle.host().totalJoules() + " J idle in guest against " + halted.host().totalJoules() + " J halted");
        assertTrue(idle.host().coreJoulesByState().containsKey("C6"));
    }

    @Test
    void thePowerTraceIntegratesToTheMeasuredEnergy() {
        Outcome o = simulator.run(Engine.FUSED, new HaltAndWake(5_000_000, 8_000_000), 1, RunLimits.NONE);
        List<EnergyMeter.PowerStep> trace = o.host().powerTrace();
        double joules = 0;
        for (int i = 0; i < trace.size(); i++) {
            long end = i + 1 < trace.size() ? trace.get(i + 1).timeNs() : 8_000_000;
            joules += trace.get(i).watts() * (end - trace.get(i).timeNs()) * 1e-9;
        }
        assertEquals(o.host().totalJoules(), joules, 1e-9);
        assertTrue(trace.size() >= 3, "the trace shows the run, the poll and the sleep");
    }
}
