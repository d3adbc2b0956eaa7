package io.tickwise.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** results.json without its provenance, the one part that may differ between runs of the same input. */
final class ResultsWithoutProvenance {
    private ResultsWithoutProvenance() {
    }

    static String of(Path out) throws IOException {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertTrue(json.remove("provenance") != null, "results.json has a provenance");
        return json.toString();
    }
}
