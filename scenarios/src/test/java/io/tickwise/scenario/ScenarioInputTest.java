package io.tickwise.scenario;

import io.tickwise.cli.SimJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every scenario key is checked: bad input exits 2 with one line naming file, line and field, and writes nothing. */
class ScenarioInputTest {
    static final Path BUILT_IN = Path.of("intel-72.yaml");

    @TempDir
    Path dir;



    Path edited(String written, String mistake) throws IOException {
        String original = Files.readString(BUILT_IN, StandardCharsets.UTF_8);
        assertTrue(original.contains(written), "the built-in scenario contains " + written);
        Path file = dir.resolve("edited.yaml");
        Files.writeString(file, original.replace(written, mistake), StandardCharsets.UTF_8);
        return file;
    }

    void assertRejected(SimJar.Outcome o, String expectedLine) {
        assertEquals(2, o.status(), o.err());
        assertEquals(1, o.err().lines().count(), "one line: " + o.err());
        assertEquals("sim.jar: " + expectedLine, o.err().strip());
        assertFalse(Files.exists(dir.resolve("out")), "no results written");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            repetitions: 30        | repetitions: many          | 21: repetitions: expected an integer, got "many"
            repetitions: 30        | repetitions: 0             | 21: repetitions: must be in 1..10000, got 0
            repetitions: 30        | repetitions: 30\\nwarp: 9  | 22: warp: unknown key; allowed keys: baseline, calibration, description, host, name, options, repetitions, seed, systems, tasks, workload
            - bare-metal-threads   | - bare-metal-thread        | 16: systems[4]: unknown system 'bare-metal-thread'; known: multicore-unikernel, single-core-unikernels, ubuntu-vm-threads, ubuntu-vm-processes, bare-metal-threads, bare-metal-processes
            - bare-metal-threads   | - bare-metal-processes     | 17: systems[5]: 'bare-metal-processes' is listed twice
            tasks: "1..144"        | tasks: "0..144"            | 19: tasks: task count 0 is outside 1..65536
            tasks: "1..144"        | tasks: "1..1000000000"     | 19: tasks: task count 1000000000 is outside 1..65536
            value: 2.7             | value: -2.7                | 33: calibration.singleTaskSeconds.value: must be > 0, got -2.7
            primeBound: 100000     | primeBound: 1              | 25: workload.primeBound: must be >= 2, got 1
            host: intel-xeon-e5-2699v3-2s | host: xeon-9999     | 9: host: 'xeon-9999' is neither a built-in host (intel-xeon-e5-2699v3-2s, amd-opteron-6234-4s) nor a host file
            placement: smt-aware   | placement: anywhere        | 44: options.placement: "anywhere" is not one of: smt-aware, pinned, random
            turbo: true            | turbo: yes please          | 42: options.turbo: expected true or false, got "yes please"
            tasks: "1..144"        | baseline: warp-drive\\ntasks: "1..144" | 19: baseline: unknown system 'warp-drive'; known: multicore-unikernel, single-core-unikernels, ubuntu-vm-threads, ubuntu-vm-processes, bare-metal-threads, bare-metal-processes
            """)
    void aBadScenarioFileIsRejectedWithFileLineAndField(String written, String mistake, String expected) throws IOException {
        Path file = edited(written, mistake.replace("\\n", "\n"));
        SimJar.Outcome o = SimJar.run("scenario", file.toString(), "--out", dir.resolve("out").toString());
        assertRejected(o, file + ":" + expected);
    }

    @Test
    void aBaselineThatIsNotAmongTheSystemsIsRejected() throws IOException {
        Path file = edited("  - bare-metal-processes\n", "");
        Files.writeString(file, Files.readString(file).replace("tasks: \"1..144\"", "baseline: bare-metal-processes\ntasks: \"1..144\""));
        SimJar.Outcome o = SimJar.run("scenario", file.toString(), "--out", dir.resolve("out").toString());
        assertRejected(o, file + ":18: baseline: 'bare-metal-processes' is not one of the systems");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --tasks   | 0            | --tasks: task count 0 is outside 1..65536
            --tasks   | 1000000000   | --tasks: task count 1000000000 is outside 1..65536
            --tasks   | 5..2         | --tasks: range 5..2 runs backwards
            --reps    | -1           | --reps: must be in 1..10000, got -1
            --systems | warp-drive   | --systems: unknown system 'warp-drive'; known: multicore-unikernel, single-core-unikernels, ubuntu-vm-threads, ubuntu-vm-processes, bare-metal-threads, bare-metal-processes
            """)
    void aBadOptionIsRejectedNamingTheOption(String option, String value, String expected) {
        SimJar.Outcome o = SimJar.run("scenario", "intel-72.yaml", option, value, "--out", dir.resolve("out").toString());
        assertRejected(o, expected);
    }

    @Test
    void aMissingFileOrUnknownBuiltInIsRejected() {
        SimJar.Outcome o = SimJar.run("scenario", "no-such-scenario.yaml", "--out", dir.resolve("out").toString());
        assertRejected(o, "no-such-scenario.yaml: no such file, and no built-in scenario of that name (built-in: intel-72, amd-48)");
    }

    @Test
    void malformedYamlIsRejectedOnOneLine() throws IOException {
        Path file = edited("tasks: \"1..144\"", "tasks: [1, 2");
        SimJar.Outcome o = SimJar.run("scenario", file.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, o.status());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("sim.jar: " + file + ":"), o.err());
        assertTrue(o.err().contains("malformed YAML"), o.err());
    }
}
