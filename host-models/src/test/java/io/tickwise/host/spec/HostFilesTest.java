package io.tickwise.host.spec;

import io.tickwise.input.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HostFilesTest {

    private static final Path SHIPPED = Path.of("../scenarios/src/main/resources/io/tickwise/hosts");
    private static final Path FIXTURES = Path.of("src/test/resources/hosts");

    @Test
    void shippedIntelHostHas72LogicalProcessors() {
        HostSpec intel = HostFiles.load(SHIPPED.resolve("intel-xeon-e5-2699v3-2s.yaml"));
        assertEquals(36, intel.physicalCores());
        assertEquals(72, intel.logicalProcessors());
        assertEquals(SiblingKind.HYPERTHREAD, intel.topology().siblingKind());
        assertEquals(3.6, intel.frequency().turboGHz().values().get(0));
        assertEquals(2.8, intel.frequency().turboGHz().values().get(17));
    }

    @Test
    void shippedAmdHostHas48LogicalProcessorsIn24Modules() {
        HostSpec amd = HostFiles.load(SHIPPED.resolve("amd-opteron-6234-4s.yaml"));
        assertEquals(24, amd.physicalCores());
        assertEquals(48, amd.logicalProcessors());
        assertEquals(SiblingKind.MODULE, amd.topology().siblingKind());
        assertEquals(6, amd.frequency().turboGHz().values().size());
    }

    @Test
    void validFixtureLoads() {
        HostSpec tiny = HostFiles.load(FIXTURES.resolve("valid.yaml"));
        assertEquals(4, tiny.logicalProcessors());
        assertEquals(IdleGovernorSpec.IdleGovernorKind.MENU, tiny.idleGovernor().kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad-zero-sockets.yaml   | 5  | topology.sockets          | must be >= 1, got 0
            bad-negative-power.yaml | 35 | power.platformW.value     | must be >= 0, got -30
            bad-short-turbo.yaml    | 14 | frequency.turboGHz.values | needs one entry per count of active cores, 1..2 (topology.coresPerSocket), got 1
            bad-unknown-key.yaml    | 8  | topology.hyperThreading   | unknown key; allowed keys: coresPerSocket, siblingKind, smtShare, sockets, source, threadsPerCore
            bad-wrong-type.yaml     | 6  | topology.coresPerSocket   | expected an integer, got "two"
            bad-missing-source.yaml | 34 | power.uncoreIdleW.source  | missing (required)
            bad-duplicate-key.yaml  | 41 | scheduler.hz              | key written twice
            bad-wrong-enum.yaml     | 8  | topology.siblingKind      | "HYPERTHREAD" is not one of: hyperthread, module
            """)
    void rejectsABadFileNamingLineAndField(String file, int line, String field, String problem) {
        Path path = FIXTURES.resolve(file);
        BadInputException e = assertThrows(BadInputException.class, () -> HostFiles.load(path));
        assertEquals(path + ":" + line + ": " + field + ": " + problem, e.getMessage());
    }

    @Test
    void rejectsMalformedYamlOnOneLine() {
        Path path = FIXTURES.resolve("bad-malformed.yaml");
        BadInputException e = assertThrows(BadInputException.class, () -> HostFiles.load(path));
        assertEquals(path + ":15: malformed YAML: expected ',' or ']', but got :"
                + " (while parsing a flow sequence started at line 14)", e.getMessage());
    }

    @Test
    void rejectsAMissingFile() {
        Path path = FIXTURES.resolve("no-such-host.yaml");
        BadInputException e = assertThrows(BadInputException.class, () -> HostFiles.load(path));
        assertEquals(path + ": no such file", e.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            smtShare: {value: 0.5,                 | smtShare: {value: 1.5,                 | 10 | topology.smtShare.value: must be in (0, 1], got 1.5
            values: [3.0, 2.5]                     | values: [2.5, 3.0]                     | 15 | frequency.turboGHz.values[1]: must not exceed the entry for fewer active cores (2.5), got 3
            values: [3.0, 2.5]                     | values: [3.0, 1.5]                     | 15 | frequency.turboGHz.values[1]: must be >= frequency.baseGHz.value (2), got 1.5
            baseGHz: {value: 2.0,                  | baseGHz: {value: 0,                    | 13 | frequency.baseGHz.value: must be > 0, got 0
            sockets: 1                             | sockets: 1000000000                    | 6  | topology.sockets: sockets × coresPerSocket × threadsPerCore is 4000000000 logical processors; at most 65536
            - name: C6                             | - name: C1                             | 24 | cStates[1].name: "C1" is listed twice
            exitLatencyUs: {value: 100,            | exitLatencyUs: {value: 1,              | 25 | cStates[1].exitLatencyUs.value: must exceed cStates[0].exitLatencyUs.value (2): states go from shallow to deep
            targetResidencyUs: {value: 2,          | targetResidencyUs: {value: -2,         | 21 | cStates[0].targetResidencyUs.value: must be >= 0, got -2
            corePowerW: {value: 0.1,               | corePowerW: {value: 2,                 | 27 | cStates[1].corePowerW.value: must not exceed cStates[0].corePowerW.value (1): a deeper state draws less
            uncoreIdleW: {value: 4,                | uncoreIdleW: {value: 40,               | 35 | power.uncoreIdleW.value: must not exceed power.uncoreActiveW.value (10)
            hz: {value: 250,                       | hz: {value: 0,                         | 41 | scheduler.hz.value: must be > 0, got 0
            smt: {imbalancePct: {value: 110,       | smt: {imbalancePct: {value: 90,        | 48 | scheduler.domains.smt.imbalancePct.value: must be >= 100
            exitCycles: {value: 1500, source: test} | exitCycles: {value: 1500, source: ' '} | 53 | hypervisor.exitCycles.source: must not be blank
            """)
    void rejectsImpossibleValues(String written, String mistake, int line, String problem) throws IOException {
        String valid = Files.readString(FIXTURES.resolve("valid.yaml"));
        assertEquals(1, valid.split(java.util.regex.Pattern.quote(written), -1).length - 1, "fixture text to replace");
        byte[] bad = valid.replace(written, mistake).getBytes(StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class,
                () -> HostFiles.load("edited.yaml", new ByteArrayInputStream(bad)));
        assertEquals("edited.yaml:" + line + ": " + problem, e.getMessage());
    }

    @Test
    void emptyCStateListIsRejected() throws IOException {
        String valid = Files.readString(FIXTURES.resolve("valid.yaml"));
        String noStates = valid.substring(0, valid.indexOf("cStates:")) + "cStates: []\n"
                + valid.substring(valid.indexOf("power:"));
        BadInputException e = assertThrows(BadInputException.class,
                () -> HostFiles.load("edited.yaml", new ByteArrayInputStream(noStates.getBytes(StandardCharsets.UTF_8))));
        assertEquals("edited.yaml:18: cStates: needs at least one idle state", e.getMessage());
    }
}
