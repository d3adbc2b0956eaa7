package io.tickwise.image.qemu;

import io.tickwise.input.BadInputException;

/**
 * The virtual processors QEMU gives the guest. A flat topology is plain {@code -smp N}; an
 * explicit one also fixes sockets, cores and threads, which decides the guest's APIC IDs
 * (e.g. 2 sockets × 3 cores number them 0,1,2 and 4,5,6: IDs with gaps).
 */
public record GuestTopology(int sockets, int coresPerSocket, int threadsPerCore, boolean explicit) {

    /** xAPIC IDs are 8 bits and 0xFF is the broadcast ID, so the image stops at 255 processors. */
    public static final int MAX_VCPUS = 255;

    public GuestTopology {
        if (sockets < 1 || coresPerSocket < 1 || threadsPerCore < 1) {
            throw BadInputException.option("vcpus", "sockets, cores and threads must each be at least 1");
        }
        long vcpus = (long) sockets * coresPerSocket * threadsPerCore;
        if (vcpus > MAX_VCPUS) {
            throw BadInputException.option("vcpus", "the SMP image supports at most " + MAX_VCPUS
                    + " vCPUs (xAPIC), asked for " + vcpus);
        }
    }

    public static GuestTopology flat(int vcpus) {
        if (vcpus < 1) {
            throw BadInputException.option("vcpus", "must be at least 1, was " + vcpus);
        }
        return new GuestTopology(1, vcpus, 1, false);
    }

    public static GuestTopology of(int sockets, int coresPerSocket, int threadsPerCore) {
        return new GuestTopology(sockets, coresPerSocket, threadsPerCore, true);
    }

    public int vcpus() {
        return sockets * coresPerSocket * threadsPerCore;
    }

    String smpArgument() {
        return explicit
                ? vcpus() + ",sockets=" + sockets + ",cores=" + coresPerSocket + ",threads=" + threadsPerCore
                : Integer.toString(vcpus());
    }
}
