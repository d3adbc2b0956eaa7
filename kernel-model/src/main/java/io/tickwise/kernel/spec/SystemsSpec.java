package io.tickwise.kernel.spec;

import io.tickwise.host.spec.Cited;

/** The constants of the six systems (guest kernels, runners, client), each with its source. */
public record SystemsSpec(ClientSpec client, UnikernelSpec unikernel, LinuxSpec linux) {

    /** The client that sends the prime bound over UDP and waits for the sum. */
    public record ClientSpec(Cited udpOneWayUs, Cited sendUs) {
    }

    /**
     * IncludeOS: request handling, AP start-up, the LOCK-serialized AP configuration, the xAPIC
     * limit, and the host CPU its emulator spends on each VM besides the guest's work.
     */
    public record UnikernelSpec(Cited requestHandlingUs, Cited icrWritesPerAp, Cited apSelfConfigurationUs,
                                Cited criticalSectionUs, Cited xapicMaxProcessors, Cited vmStartCpuSeconds) {

        /** Emulator CPU per VM in nanoseconds, as the host's process accounting adds it up. */
        public long vmStartCpuNs() {
            return Math.round(vmStartCpuSeconds.value() * 1e9);
        }
    }

    /** The same systems with the emulator CPU per VM measured elsewhere, e.g. by {@code validate} on this machine. */
    public SystemsSpec withVmStartCpuSeconds(Cited measured) {
        UnikernelSpec u = unikernel;
        return new SystemsSpec(client, new UnikernelSpec(u.requestHandlingUs(), u.icrWritesPerAp(),
                u.apSelfConfigurationUs(), u.criticalSectionUs(), u.xapicMaxProcessors(), measured), linux);
    }

    /**
     * Linux as guest and on bare metal: task creation, the guest's timer and idle behaviour, and
     * what a shared address space costs when threads exit (stacks beyond glibc's stack cache are
     * unmapped, which shoots down the TLBs of every CPU running the process).
     */
    public record LinuxSpec(Cited threadCreateUs, Cited processCreateUs, Cited reapUs, Cited guestHz,
                            Cited idleWakeupsPerSecond, Cited idleWakeupWorkUs, Cited stackCacheThreads,
                            Cited nativeIpiUs) {
    }
}
