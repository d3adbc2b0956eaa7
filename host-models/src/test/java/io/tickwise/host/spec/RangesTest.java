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
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ranges of cited numbers: how files declare them, what binding refuses, and how specs are walked and varied. */
class RangesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/hosts");
    private static final Path SHIPPED = Path.of("../scenarios/src/main/resources/io/tickwise/hosts");

    @Test
    void aRangedNumberKeepsItsRangeAndAnUnrangedOneHasNone() {
        HostSpec spec = edited("smtShare: {value: 0.5,", "smtShare: {value: 0.5, range: [0.45, 0.55],");
        assertEquals(List.of(0.45, 0.55), spec.topology().smtShare().range());
        assertTrue(spec.topology().smtShare().ranged());
        assertFalse(spec.frequency().baseGHz().ranged());
        assertEquals(List.of(new RangedConstants.Constant("topology.smtShare", 0.5, 0.45, 0.55)),
                RangedConstants.of(spec));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            smtShare: {value: 0.5,  | smtShare: {value: 0.6, range: [0.45, 0.55], | 10 | topology.smtShare: value 0.6 is outside its range [0.45, 0.55]
            smtShare: {value: 0.5,  | smtShare: {value: 0.5, range: [0.55, 0.45], | 10 | topology.smtShare: range [0.55, 0.45] has lo > hi
            smtShare: {value: 0.5,  | smtShare: {value: 0.5, range: [0.45],       | 10 | topology.smtShare: range must be [lo, hi], two numbers; got 1
            smtShare: {value: 0.5,  | smtShare: {value: 0.5, range: [0.4, x],     | 10 | topology.smtShare.range[1]: expected a number, got "x"
            values: [3.0, 2.5]      | values: [3.0, 2.5]\\n    range: [2.5, 3.0]     | 16 | frequency.turboGHz.range: a range belongs to a single number, {value: …, range: [lo, hi], source: …}; this field is not one
            """)
    void badRangesAreRejectedWithFileLineAndField(String written, String mistake, int line, String problem) {
        BadInputException e = assertThrows(BadInputException.class, () -> edited(written, mistake.replace("\\n", "\n")));
        assertEquals("edited.yaml:" + line + ": " + problem, e.getMessage());
    }

    @Test
    void aRangeOnAMappingOfNumbersIsRejected() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> edited("  smtShare: {value: 0.5, source: test}\n", "  smtShare: {value: 0.5, source: test}\n  range: [1, 2]\n"));
        assertEquals("edited.yaml:11: topology.range: a range belongs to a single number, {value: …, range: [lo, hi], "
                + "source: …}; this field is not one", e.getMessage());
    }

    @Test
    void theShippedHostsDeclareTheRangesTheirSourcesGive() {
        HostSpec intel = HostFiles.load(SHIPPED.resolve("intel-xeon-e5-2699v3-2s.yaml"));
        assertEquals(13, RangedConstants.of(intel).size());
        assertEquals(List.of(0.45, 0.55), intel.topology().smtShare().range());
        assertFalse(intel.power().platformW().ranged(), "platformW is derived, its source gives the node's range");
        HostSpec amd = HostFiles.load(SHIPPED.resolve("amd-opteron-6234-4s.yaml"));
        assertEquals(8, RangedConstants.of(amd).size());
    }

    @Test
    void withValuesChangesOnlyTheNamedNumbers() {
        HostSpec intel = HostFiles.load(SHIPPED.resolve("intel-xeon-e5-2699v3-2s.yaml"));
        HostSpec varied = RangedConstants.withValues(intel, Map.of("cStates[1].corePowerW", 0.9, "topology.smtShare", 0.46));
        assertEquals(0.9, varied.cStates().get(1).corePowerW().value());
        assertEquals(0.46, varied.topology().smtShare().value());
        assertNotEquals(intel, varied);
        assertEquals(intel, RangedConstants.withValues(varied, Map.of("cStates[1].corePowerW", 1.15, "topology.smtShare", 0.5)));
        assertTrue(RangedConstants.withValues(intel, Map.of()) == intel, "nothing to change leaves the spec as it is");
    }

    @Test
    void aValueOutsideItsRangeCannotBeSubstituted() {
        HostSpec intel = HostFiles.load(SHIPPED.resolve("intel-xeon-e5-2699v3-2s.yaml"));
        assertThrows(IllegalArgumentException.class,
                () -> RangedConstants.withValues(intel, Map.of("topology.smtShare", 0.6)));
    }

    private static HostSpec edited(String written, String replacement) {
        try {
            String valid = Files.readString(FIXTURES.resolve("valid.yaml"));
            assertEquals(1, valid.split(Pattern.quote(written), -1).length - 1, "fixture text to replace");
            byte[] text = valid.replace(written, replacement).getBytes(StandardCharsets.UTF_8);
            return HostFiles.load("edited.yaml", new ByteArrayInputStream(text));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
