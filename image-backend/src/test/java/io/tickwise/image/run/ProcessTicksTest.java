package io.tickwise.image.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

class ProcessTicksTest {

    /** Keeps the busy loop observable so that it cannot be optimised away. */
    private static volatile long sink;

    @Test
    void sumsUserSystemAndReapedChildrenTimeAfterTheCommandName() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
        String stat = "4242 (qemu (x) 1) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 30 7 3 20 0 5 0 123 456 78";

        assertEquals(250 + 30 + 7 + 3, ProcessTicks.parse(stat));
    }

    @Test
    void rejectsALineThatIsNotAStatLine() {
        assertThrows(RunFailedException.class, () -> ProcessTicks.parse("no command here"));
        assertThrows(RunFailedException.class, () -> ProcessTicks.parse("1 (x) S 1 2"));
    }

    /**
     * Spins until this thread itself has had 300 ms of CPU, however busy the machine is, so the
     * process must have gained at least that much; the tick rounding costs at most one tick at
     * either end.
     */
    @Test
    void readsTheTicksOfALiveProcess() {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long before = ProcessTicks.of(ProcessHandle.current().pid());
        long end = cpu.getCurrentThreadCpuTime() + 300_000_000L;
        while (cpu.getCurrentThreadCpuTime() < end) {
            sink += Long.numberOfTrailingZeros(sink + end);
        }
        long after = ProcessTicks.of(ProcessHandle.current().pid());

        assertTrue(after - before >= 28, "300 ms of this thread's CPU is at least 28 ticks, got " + (after - before));
    }

    @Test
    void aProcessThatIsGoneHasNoTicks() {
        assertThrows(RunFailedException.class, () -> ProcessTicks.of(Long.MAX_VALUE));
    }
}
