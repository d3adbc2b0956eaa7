package io.tickwise.report.findings;

import io.tickwise.input.BadInputException;
import io.tickwise.report.testdata.Synthetic;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingCatalogTest {

    private static FindingCatalog read(String yaml) {
        return FindingCatalog.read("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String ONE = """
            findings:
              - id: X1
                host: intel
                title: Bare metal is faster than the unikernel at one task
                quote: the quote
                reason: because
                checks:
                  - kind: ratio
                    metric: time
                    systems: [bare-metal-threads]
                    against: [multicore-unikernel]
                    tasks: {at: [1]}
                    allowed: {below: 1.0}
            """;

    @Test
    void aCatalogFileIsEvaluatedLikeTheBuiltInOne() {
        List<FindingResult> results = read(ONE).evaluate(Synthetic.intel().build());
        assertEquals(1, results.size());
        assertEquals(Verdict.HELD, results.get(0).verdict(), results.get(0).evidence());
        assertTrue(results.get(0).evidence().contains("bare-metal-threads / multicore-unikernel intervals ×0.93,"),
                results.get(0).evidence());
    }

    @Test
    void anUnknownKeyNamesFileLineAndField() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> read(ONE.replace("allowed: {below: 1.0}", "allowed: {below: 1.0}\n        limit: 3")));
        assertEquals("test.yaml", e.file());
        // Jackson reports a record's unknown key where the record's mapping ends.
        assertTrue(e.line() >= 14, e.getMessage());
        assertEquals("findings.[0].checks.[0].limit", e.field());
    }

    @Test
    void anUnknownCheckKindOrMetricIsRejected() {
        assertThrows(BadInputException.class, () -> read(ONE.replace("kind: ratio", "kind: vibes")));
        assertThrows(BadInputException.class, () -> read(ONE.replace("metric: time", "metric: joy")));
    }

    @Test
    void boundsWithoutAnyEndAndDuplicateIdsAreRejected() {
        assertThrows(BadInputException.class, () -> read(ONE.replace("allowed: {below: 1.0}", "allowed: {}")));
        String twice = ONE + ONE.substring(ONE.indexOf("  - id"));
        BadInputException e = assertThrows(BadInputException.class, () -> read(twice));
        assertTrue(e.getMessage().contains("X1 is used twice"), e.getMessage());
    }

    @Test
    void theBuiltInCatalogHasSeventeenFindingsWithUniqueIds() {
        assertEquals(17, PaperFindings.catalog().findings().size());
    }
}
