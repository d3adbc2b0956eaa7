package io.tickwise.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {



    @ParameterizedTest
    @ValueSource(strings = {"", "nonsense", "--nonsense", "bench --engine warp", "bench --entities 0",
            "bench --events -5", "bench --entities many", "bench nbody", "list extra",
            "bench grid --scenario nowhere", "bench grid --runs 0", "bench grid --fidelity warp", "scenario intel-72 --uncertainty 1",
            "sweep intel-72 --uncertainty 5000", "scenario intel-72 --uncertainty many", "bench scale --examples nowhere",
            "bench scale --systems nonsense"})
    void badUsageExitsTwoWithOneLine(String line) {
        SimJar.Outcome o = SimJar.run(line.isEmpty() ? new String[0] : line.split(" "));
        assertEquals(2, o.status(), o.err());
        assertEquals(1, o.err().lines().count(), "exactly one line: " + o.err());
        assertTrue(o.err().startsWith("sim.jar: "), o.err());
        assertEquals("", o.out());
    }

    @Test
    void helpListsTheCommands() {
        SimJar.Outcome o = SimJar.run("--help");
        assertEquals(0, o.status());
        assertTrue(o.out().contains("bench"), o.out());
        assertTrue(o.out().contains("list"), o.out());
    }

    @Test
    void listNamesEnginesAndBenchmarks() {
        SimJar.Outcome o = SimJar.run("list");
        assertEquals(0, o.status());
        assertTrue(o.out().contains("fused, actors"), o.out());
        assertTrue(o.out().contains("phold"), o.out());
    }

    @Test
    void benchPrintsAnEventRate() {
        SimJar.Outcome o = SimJar.run("bench", "phold", "--entities", "50", "--events", "20000", "--runs", "1", "--warmup", "0");
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().matches("(?s).*median [0-9,]+ events/s.*"), o.out());
    }

    @Test
    void benchScaleTimesARunOfSixteenThousandTasks() {
        SimJar.Outcome o = SimJar.run("bench", "scale", "--examples", "scale-1024", "--systems", "bare-metal-processes");
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().startsWith("scale-1024: 16,000 tasks on scale-8s-1024 (1,024 logical processors)"), o.out());
        assertTrue(o.out().matches("(?s).*bare-metal-processes +run +[0-9.]+ s +cpu +[0-9.]+ s +[0-9,]+ events +peak heap +[0-9,]+ MiB.*"),
                o.out());
    }
}
