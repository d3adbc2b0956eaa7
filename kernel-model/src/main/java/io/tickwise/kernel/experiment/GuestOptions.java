package io.tickwise.kernel.experiment;

import io.tickwise.kernel.spec.SystemsSpec;

/**
 * Guest-side what-ifs the paper could not run, and hypotheses about what it did not publish:
 * whether the host pins the multicore unikernel's vCPUs as its sibling-first placement intends
 * (siblings filled first); how its bootstrap processor waits for the wake-up of the others and
 * for their results — spinning, as the paper's IncludeOS does, or halted, as Tickwise's own SMP
 * image does; whether KVM gives guests MONITOR/MWAIT and lets them idle without VM exits
 * (cpu-pm=on); whether the unikernel addresses its processors through x2APIC, so it is not
 * limited to 255 of them; over which window the host's ticks are read; and whether the main
 * thread of the Linux pthread program joins its tasks or busy-waits for their results.
 */
public record GuestOptions(boolean honourSiblingPlacement, BspWait bspWait, boolean mwaitInGuest, ApicMode apic,
                           TickWindow tickWindow, MainThread mainThread) {

    /** The paper's documented setup. */
    public static final GuestOptions DEFAULTS = new GuestOptions(false, BspWait.SPIN, false, ApicMode.XAPIC,
            TickWindow.REQUEST, MainThread.JOIN);

    public enum BspWait {
        /** Busy-wait (the SDM's delay loop, then the results array): the vCPU stays busy and accrues ticks. */
        SPIN,
        /** HLT until a timer ends the wake-up's waits, then until the last application processor sends an IPI. */
        HALT
    }

    public enum ApicMode {
        /** 8-bit APIC IDs: at most as many processors as the systems file allows (255). */
        XAPIC,
        /** 32-bit APIC IDs: a processor per task, however many. */
        X2APIC
    }

    /** What the host's ticks of a unikernel VM cover. */
    public enum TickWindow {
        /** From the request to the answer, the VMs booted beforehand (the paper's documented measurement). */
        REQUEST,
        /** Each VM process's whole life, its start included (hypothesis: ticks read from the QEMU processes). */
        PROCESS_LIFETIME;

        /** The emulator's own CPU per VM, in nanoseconds, that this window includes. */
        public long vmStartCpuNs(SystemsSpec.UnikernelSpec unikernel) {
            SystemsSpec.VmStartCpu perWindow = unikernel.vmStartCpuSeconds();
            return Math.round((this == REQUEST ? perWindow.request() : perWindow.processLifetime()).value() * 1e9);
        }
    }

    /** How the main thread of the Linux pthread program waits for its tasks (unpublished; a hypothesis). */
    public enum MainThread {
        /** pthread_join: it sleeps until the tasks have exited. */
        JOIN,
        /** It busy-waits on the results, as the paper's IncludeOS bootstrap processor does: one more runnable thread. */
        SPIN
    }

    public GuestOptions withHonourSiblingPlacement(boolean value) {
        return new GuestOptions(value, bspWait, mwaitInGuest, apic, tickWindow, mainThread);
    }

    public GuestOptions withBspWait(BspWait value) {
        return new GuestOptions(honourSiblingPlacement, value, mwaitInGuest, apic, tickWindow, mainThread);
    }

    public GuestOptions withMwaitInGuest(boolean value) {
        return new GuestOptions(honourSiblingPlacement, bspWait, value, apic, tickWindow, mainThread);
    }

    public GuestOptions withApic(ApicMode value) {
        return new GuestOptions(honourSiblingPlacement, bspWait, mwaitInGuest, value, tickWindow, mainThread);
    }

    public GuestOptions withTickWindow(TickWindow value) {
        return new GuestOptions(honourSiblingPlacement, bspWait, mwaitInGuest, apic, value, mainThread);
    }

    public GuestOptions withMainThread(MainThread value) {
        return new GuestOptions(honourSiblingPlacement, bspWait, mwaitInGuest, apic, tickWindow, value);
    }

    /** Whether an idle guest processor leaves its host thread (HLT with a VM exit) or stays on it (cpu-pm=on). */
    public boolean idleExits() {
        return !mwaitInGuest;
    }
}
