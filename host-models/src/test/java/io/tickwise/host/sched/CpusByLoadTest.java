package io.tickwise.host.sched;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CpusByLoadTest {

    /**
     * The index answers fork placement's least-loaded choice exactly as the scan of every CPU
     * does, draw for draw, while queues grow and shrink: the same seed must place the same way.
     */
    @Test
    void theIndexDrawsTheLeastLoadedCpuTheScanWouldDraw() {
        int cpus = 64;
        List<List<Object>> queues = new ArrayList<>();
        for (int cpu = 0; cpu < cpus; cpu++) {
            queues.add(new ArrayList<>());
        }
        RunQueueLoads scanned = RunQueueLoads.of(queues);
        LoadHistogram histogram = new LoadHistogram(cpus);
        CpusByLoad index = new CpusByLoad(cpus);
        SplittableRandom changes = new SplittableRandom(7);
        SplittableRandom byScan = new SplittableRandom(11);
        SplittableRandom byIndex = new SplittableRandom(11);
        for (int step = 0; step < 5_000; step++) {
            int cpu = changes.nextInt(cpus);
            int before = queues.get(cpu).size();
            int after = before == 0 || changes.nextBoolean() ? before + 1 : before - 1;
            queues.set(cpu, new ArrayList<>(Collections.nCopies(after, "task")));
            histogram.moved(before, after);
            index.moved(cpu, before, after);

            int min = histogram.minLoad();
            assertEquals(scanned.leastLoaded(byScan), index.nth(min, byIndex.nextInt(histogram.cpusAt(min))), "step " + step);
        }
    }

    @Test
    void cpusAtALoadAreCountedInAscendingOrder() {
        CpusByLoad index = new CpusByLoad(8);
        index.moved(2, 0, 1);
        index.moved(5, 0, 1);
        assertEquals(2, index.nth(1, 0));
        assertEquals(5, index.nth(1, 1));
        assertEquals(6, index.nth(0, 4));
        assertThrows(IllegalStateException.class, () -> index.nth(1, 2));
    }
}
