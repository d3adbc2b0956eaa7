package io.tickwise.image.qemu;

/**
 * What the SMP image reads from its multiboot command line. {@code hang} makes it halt
 * forever after booting; it exists only to prove that a stuck run is killed, not waited on.
 */
record KernelCommandLine(long bound, int tasks, boolean hang) {

    String text() {
        return "bound=" + bound + " tasks=" + tasks + (hang ? " hang=1" : "");
    }
}
