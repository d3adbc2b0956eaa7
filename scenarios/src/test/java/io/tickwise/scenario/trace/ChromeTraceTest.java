package io.tickwise.scenario.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickwise.cli.SimJar;
import io.tickwise.engine.Engine;
import io.tickwise.host.Fidelity;
import io.tickwise.host.HostMeasurements;
import io.tickwise.kernel.experiment.ExperimentResult;
import io.tickwise.kernel.system.SystemId;
import io.tickwise.scenario.Scenario;
import io.tickwise.scenario.ScenarioFiles;
import io.tickwise.scenario.run.ScenarioRun;
import io.tickwise.sweep.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trace file's format, that it tells the run's own story, and that it is deterministic. */
class ChromeTraceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A slice's times are written in exact decimal µs; a double read back is within this of them. */
    private static final double EPSILON_US = 1e-3;
    private static final long USER_HZ_TICK_NS = 1_000_000_000L / HostMeasurements.USER_HZ;

    private static Simulator simulator;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        simulator = Simulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static ScenarioRun run(Engine engine, Fidelity fidelity) {
        Scenario scenario = ScenarioFiles.load("intel-72.yaml");
        return new ScenarioRun(scenario, engine, fidelity, 1);
    }

    private static JsonNode trace(ExperimentResult result, SystemId system, int tasks, String engine) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChromeTrace.write(result.host().timeline().orElseThrow(), result.guest(), new TraceInfo("intel-72", "host", system.id(), tasks,
                0, 1, engine, "fluid", "turbo=true", result.timeNs(), result.ticks(), result.energyJoules()), bytes);
        return JSON.readTree(bytes.toByteArray());
    }

    @ParameterizedTest(name = "{0} {1} tasks, {2}")
    @CsvSource({"ubuntu-vm-processes, 36, fluid", "multicore-unikernel, 8, fluid", "bare-metal-threads, 100, tick",
            "single-core-unikernels, 80, fluid"})
    void theTraceIsTheRunProcessorByProcessor(String id, int tasks, String fidelityId) throws IOException {
        SystemId system = SystemId.parse(id).orElseThrow();
        Fidelity fidelity = Fidelity.valueOf(fidelityId.toUpperCase());
        ExperimentResult result = run(Engine.FUSED, fidelity).single(simulator, system, tasks, 0, true);
        JsonNode root = trace(result, system, tasks, "fused");
        JsonNode events = root.get("traceEvents");
        assertTrue(events.isArray() && events.size() > 0);
        double endUs = result.timeNs() / 1e3;

        Set<String> cpuTracks = new HashSet<>();
        Map<String, List<double[]>> slicesByTrack = new HashMap<>();
        Map<String, Double> busyUs = new HashMap<>();
        Set<String> phases = new HashSet<>();
        for (JsonNode e : events) {
            String ph = e.get("ph").asText();
            phases.add(ph);
            if (ph.equals("M")) {
                if (e.get("name").asText().equals("thread_name") && e.get("args").get("name").asText().startsWith("cpu")) {
                    assertTrue(cpuTracks.add(e.get("pid") + "/" + e.get("tid")), "one track per processor: " + e);
                    assertTrue(e.get("args").get("name").asText().matches("cpu\\d+ \\(core \\d+, sibling cpu\\d+\\)"), e.toString());
                }
                continue;
            }
            double ts = e.get("ts").asDouble();
            double dur = e.has("dur") ? e.get("dur").asDouble() : 0;
            assertTrue(ts >= 0 && dur >= 0 && ts + dur <= endUs + EPSILON_US, "within the run: " + e);
            if (ph.equals("X") && e.get("cat").asText().equals("guest")) {
                slicesByTrack.computeIfAbsent(e.get("pid") + "/" + e.get("tid"), k -> new ArrayList<>()).add(new double[] {ts, dur});
            }
            if (ph.equals("X") && e.get("cat").asText().equals("run")) {
                slicesByTrack.computeIfAbsent(e.get("pid") + "/" + e.get("tid"), k -> new ArrayList<>()).add(new double[] {ts, dur});
                double share = e.get("args").get("share").asDouble();
                assertEquals(1.0 / e.get("args").get("threads").size(), share, 1e-12);
                assertEquals(id, e.get("args").get("system").asText());
                e.get("args").get("threads").forEach(t -> busyUs.merge(t.asText(), dur * share, Double::sum));
            }
        }
        assertEquals(72, cpuTracks.size(), "a track per logical processor");
        assertTrue(phases.containsAll(Set.of("M", "X", "C", "i")), "slices, counters and instants: " + phases);
        for (List<double[]> slices : slicesByTrack.values()) {
            slices.sort(Comparator.comparingDouble(s -> s[0]));
            for (int i = 1; i < slices.size(); i++) {
                assertTrue(slices.get(i - 1)[0] + slices.get(i - 1)[1] <= slices.get(i)[0] + EPSILON_US,
                        "slices on one track do not overlap");
            }
        }
        List<String> names = result.host().timeline().orElseThrow().threadNames();
        long[] cpuNs = result.host().threadCpuNs();
        for (int t = 0; t < names.size(); t++) {
            double traced = busyUs.getOrDefault(names.get(t), 0.0) * 1e3;
            assertEquals(cpuNs[t], traced, USER_HZ_TICK_NS, names.get(t) + ": its CPU time in the trace");
            if (cpuNs[t] > 0) {
                assertTrue(busyUs.containsKey(names.get(t)), names.get(t) + " appears");
            }
        }
    }

    @Test
    void everyTaskThreadOfABareMetalRunAppears() throws IOException {
        ExperimentResult result = run(Engine.FUSED, Fidelity.FLUID).single(simulator, SystemId.BARE_METAL_PROCESSES, 144, 0, true);
        Set<String> seen = new HashSet<>();
        trace(result, SystemId.BARE_METAL_PROCESSES, 144, "fused").get("traceEvents").forEach(e -> {
            if (e.get("ph").asText().equals("X") && e.get("cat").asText().equals("run")) {
                e.get("args").get("threads").forEach(t -> seen.add(t.asText()));
            }
        });
        for (int i = 1; i <= 144; i++) {
            assertTrue(seen.contains("task-" + i), "task-" + i + " in " + seen);
        }
    }

    @Test
    void theGuestTracksShowWhatTheGuestRanOnEachVcpu() throws IOException {
        ExperimentResult vm = run(Engine.FUSED, Fidelity.FLUID).single(simulator, SystemId.UBUNTU_VM_PROCESSES, 36, 0, true);
        JsonNode events = trace(vm, SystemId.UBUNTU_VM_PROCESSES, 36, "fused").get("traceEvents");
        Set<String> guestTasks = new HashSet<>();
        Set<String> vcpuTracks = new HashSet<>();
        Set<String> namedFromHostSlices = new HashSet<>();
        for (JsonNode e : events) {
            if (e.get("ph").asText().equals("M") && e.get("name").asText().equals("thread_name")
                    && e.get("args").get("name").asText().matches("vcpu \\d+ \\(host thread ubuntu-vcpu-\\d+\\)")) {
                vcpuTracks.add(e.get("args").get("name").asText());
            } else if (e.get("ph").asText().equals("X") && e.get("cat").asText().equals("guest")) {
                guestTasks.addAll(List.of(e.get("name").asText().split(" \\+ ")));
            } else if (e.get("ph").asText().equals("X") && e.get("cat").asText().equals("run") && e.get("args").has("guest")) {
                e.get("args").get("guest").forEach(g -> namedFromHostSlices.addAll(List.of(g.asText().split(" \\+ "))));
            }
        }
        assertEquals(72, vcpuTracks.size(), "a track per vCPU");
        for (int i = 1; i <= 36; i++) {
            assertTrue(guestTasks.contains("task-" + i) && namedFromHostSlices.contains("task-" + i), "task-" + i);
        }

        ExperimentResult unikernel = run(Engine.FUSED, Fidelity.FLUID).single(simulator, SystemId.MULTICORE_UNIKERNEL, 8, 0, true);
        Set<String> bsp = new HashSet<>();
        trace(unikernel, SystemId.MULTICORE_UNIKERNEL, 8, "fused").get("traceEvents").forEach(e -> {
            if (e.get("ph").asText().equals("X") && e.get("cat").asText().equals("guest") && e.get("tid").asInt() == 0) {
                bsp.add(e.get("name").asText());
            }
        });
        assertTrue(bsp.containsAll(Set.of("handling request", "starting aps", "computing", "waiting for results (spinning)")),
                bsp.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"FUSED", "ACTORS"})
    void tracingDoesNotChangeTheRun(Engine engine) {
        for (SystemId system : List.of(SystemId.UBUNTU_VM_THREADS, SystemId.MULTICORE_UNIKERNEL, SystemId.BARE_METAL_THREADS)) {
            ScenarioRun run = run(engine, Fidelity.FLUID);
            ExperimentResult traced = run.single(simulator, system, 40, 0, true);
            ExperimentResult untraced = run.single(simulator, system, 40, 0, false);
            assertTrue(traced.host().timeline().isPresent() && untraced.host().timeline().isEmpty());
            assertEquals(untraced.timeNs(), traced.timeNs(), system.id());
            assertEquals(untraced.ticks(), traced.ticks(), system.id());
            assertEquals(untraced.energyJoules(), traced.energyJoules(), system.id());
            assertArrayEquals(untraced.host().threadCpuNs(), traced.host().threadCpuNs(), system.id());
            assertTrue(untraced.guest().isEmpty());
        }
    }

    @Test
    void bothEnginesTraceTheSameRun() throws IOException {
        SystemId system = SystemId.UBUNTU_VM_THREADS;
        JsonNode fused = trace(run(Engine.FUSED, Fidelity.FLUID).single(simulator, system, 40, 0, true), system, 40, "either");
        JsonNode actors = trace(run(Engine.ACTORS, Fidelity.FLUID).single(simulator, system, 40, 0, true), system, 40, "either");
        assertEquals(fused, actors);
    }

    @Test
    void theTraceCommandWritesTheSameBytesForTheSameInput() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        for (Path file : List.of(a, b)) {
            SimJar.Outcome o = SimJar.run("trace", "intel-72.yaml", "--system", "ubuntu-vm-processes", "--tasks", "36",
                    "-o", file.toString());
            assertEquals(0, o.status(), o.err());
            assertTrue(o.out().contains("wrote"), o.out());
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        JsonNode other = JSON.readTree(a.toFile()).get("otherData");
        assertEquals("ubuntu-vm-processes", other.get("system").asText());
        assertEquals(36, other.get("tasks").asInt());
        assertTrue(other.get("options").asText().contains("mainThread=join"), other.toString());
    }

    @Test
    void anOptionSetOnTheCommandLineIsTheOneTraced() throws IOException {
        Path spin = dir.resolve("spin.json");
        SimJar.Outcome o = SimJar.run("trace", "intel-72.yaml", "--system", "bare-metal-threads", "--tasks", "8",
                "--option", "mainThread=spin", "-o", spin.toString());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("mainThread=spin"), o.out());
        JsonNode other = JSON.readTree(spin.toFile()).get("otherData");
        assertTrue(other.get("options").asText().contains("mainThread=spin"), other.toString());
        // The spinning main thread is one more busy thread: more ticks than the same run with it joining.
        Path join = dir.resolve("join.json");
        assertEquals(0, SimJar.run("trace", "intel-72.yaml", "--system", "bare-metal-threads", "--tasks", "8",
                "-o", join.toString()).status());
        assertTrue(other.get("ticks").asLong() > JSON.readTree(join.toFile()).get("otherData").get("ticks").asLong());
    }

    @Test
    void badArgumentsExitTwoWithoutAFile() {
        Path file = dir.resolve("never.json");
        SimJar.Outcome o = SimJar.run("trace", "intel-72.yaml", "--system", "no-such-system", "--tasks", "4",
                "-o", file.toString());
        assertEquals(2, o.status(), o.err());
        assertTrue(o.err().contains("no-such-system"), o.err());
        SimJar.Outcome many = SimJar.run("trace", "intel-72.yaml", "--system", "ubuntu-vm-threads", "--tasks", "1,2",
                "-o", file.toString());
        assertEquals(2, many.status(), many.err());
        SimJar.Outcome list = SimJar.run("trace", "intel-72.yaml", "--system", "ubuntu-vm-threads", "--tasks", "4",
                "--option", "mainThread=join,spin", "-o", file.toString());
        assertEquals(2, list.status(), list.err());
        assertTrue(list.err().contains("give mainThread one value"), list.err());
        SimJar.Outcome unknown = SimJar.run("trace", "intel-72.yaml", "--system", "ubuntu-vm-threads", "--tasks", "4",
                "--option", "warp=9", "-o", file.toString());
        assertEquals(2, unknown.status(), unknown.err());
        assertTrue(Files.notExists(file));
    }
}
