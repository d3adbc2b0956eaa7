package io.tickwise.kernel.spec;

import io.tickwise.host.spec.Cited;
import io.tickwise.host.spec.SchedulerSpec;

/** The constants of the six systems (guest kernels, runners, client), each with its source. */
public record SystemsSpec(ClientSpec client, UnikernelSpec unikernel, LinuxSpec linux) {

    /** The client that sends the prime bound over UDP and waits for the sum. */
    public record ClientSpec(Cited udpOneWayUs, Cited sendUs) {
    }

    /**
     * IncludeOS: request handling, the broadcast INIT/STARTUP wake-up of the application
     * processors and its waits, the LOCK-serialized AP configuration, the xAPIC limit, and the
     * host CPU its emulator spends on each VM besides the guest's work.
     */
    public record UnikernelSpec(Cited requestHandlingUs, Cited startupIpis, Cited initWaitUs, Cited sipiWaitUs,
                                Cited apSelfConfigurationUs, Cited criticalSectionUs, Cited xapicMaxProcessors,
                                VmStartCpu vmStartCpuSeconds) {

        /** ICR writes of one wake-up, each a VM exit: the INIT and the STARTUP IPIs. */
        public double wakeupIcrWrites() {
            return 1 + startupIpis.value();
        }

        /** From the INIT to the first STARTUP, when the APs start. */
        public long initWaitNs() {
            return Math.round(initWaitUs.value() * 1e3);
        }

        /** From the INIT until the BSP goes on: the INIT wait and one wait after each STARTUP IPI. */
        public long wakeupWaitNs() {
            return initWaitNs() + Math.round(startupIpis.value() * sipiWaitUs.value() * 1e3);
        }

        /** The same unikernel waking its processors without the SDM's delays, as virtual processors allow. */
        public UnikernelSpec withoutWakeupWaits(String why) {
            return new UnikernelSpec(requestHandlingUs, startupIpis, new Cited(0, why), new Cited(0, why),
                    apSelfConfigurationUs, criticalSectionUs, xapicMaxProcessors, vmStartCpuSeconds);
        }
    }

    /**
     * The emulator's own CPU per VM that the ticks include, by the window they are read over:
     * the request only, or the VM process's whole life (its start included).
     */
    public record VmStartCpu(Cited request, Cited processLifetime) {
    }

    /** The same systems with the emulator CPU per VM over a process's life measured elsewhere, e.g. by {@code validate}. */
    public SystemsSpec withVmStartCpuSeconds(Cited measured) {
        UnikernelSpec u = unikernel;
        return withUnikernel(new UnikernelSpec(u.requestHandlingUs(), u.startupIpis(), u.initWaitUs(), u.sipiWaitUs(),
                u.apSelfConfigurationUs(), u.criticalSectionUs(), u.xapicMaxProcessors(),
                new VmStartCpu(u.vmStartCpuSeconds().request(), measured)));
    }

    public SystemsSpec withUnikernel(UnikernelSpec value) {
        return new SystemsSpec(client, value, linux);
    }

    /**
     * Linux as guest and on bare metal: task creation, the guest's timer and idle behaviour, and
     * what a shared address space costs when threads exit (stacks beyond glibc's stack cache are
     * unmapped, which shoots down the TLBs of every CPU running the process and, in kernels of
     * the paper's time, wakes idle CPUs that still hold its mm).
     */
    public record LinuxSpec(Cited threadCreateUs, Cited processCreateUs, Cited reapUs, Cited guestHz,
                            Cited idleWakeupsPerSecond, Cited idleWakeupWorkUs, Cited stackCacheThreads,
                            Cited nativeIpiUs, Cited flushWakesLazyTlbCpus, SchedulerSpec.DomainSpec guestDomain) {
    }
}
