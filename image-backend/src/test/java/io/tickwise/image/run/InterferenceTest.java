package io.tickwise.image.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterferenceTest {

    /** A run of {@code tasks} on two CPUs, {@code wall} seconds, its ticks and the machine's. */
    private static Interference run(int tasks, double wall, long ticks, long machineBusy) {
        return new PointMeasurement("test", tasks, 1, wall, 0.1, ticks, machineBusy, 2, List.of(), 0).interference();
    }

    @Test
    void aRunAloneWithEveryTaskOnItsOwnCpuIsClean() {
        Interference clean = run(2, 2.0, 390, 400);

        assertFalse(clean.disturbed(), clean.describe());
        assertEquals(0.025, clean.foreignShare(), 1e-9);
        assertEquals(0.975, clean.parallelShare(), 1e-9);
    }

    @Test
    void otherWorkOnTheMachineDisturbsARun() {
        assertTrue(run(1, 2.0, 200, 260).disturbed(), "a neighbour took 15 % of the machine");
    }

    /** Two vCPU threads on one CPU: half the CPU time their wall time could have held. */
    @Test
    void tasksThatWaitedForACpuTheyCouldHaveHadDisturbARun() {
        Interference serialized = run(2, 2.0, 200, 205);

        assertTrue(serialized.disturbed(), serialized.describe());
        assertEquals(0.5, serialized.parallelShare(), 1e-9);
    }

    /** Three tasks on two CPUs may leave one CPU idle at the end: that is the scheduler the model predicts. */
    @Test
    void moreTasksThanCpusMayLeaveACpuIdle() {
        assertFalse(run(3, 2.0, 300, 305).disturbed());
    }

    @Test
    void aRunTooShortForWholeTicksIsNotJudged() {
        Interference shortRun = run(1, 0.1, 1, 15);

        assertFalse(shortRun.judged());
        assertFalse(shortRun.disturbed());
    }

    @Test
    void theMachineLineOfProcStatIsReadWithStealAndWithoutIdle() {
        MachineCpu cpu = MachineCpu.parse(List.of(
                "cpu  100 5 50 1000 20 3 2 7 0 0",
                "cpu0 50 2 25 500 10 1 1 3 0 0",
                "cpu1 50 3 25 500 10 2 1 4 0 0",
                "intr 1 2 3"));

        assertEquals(100 + 5 + 50 + 3 + 2 + 7, cpu.busyTicks());
        assertEquals(2, cpu.cpus());
        assertEquals(17, new MachineCpu(184, 2).busySince(cpu));
        assertThrows(RunFailedException.class, () -> MachineCpu.parse(List.of("intr 1")));
    }
}
