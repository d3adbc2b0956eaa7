package io.tickwise.results;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.tickwise.input.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes results and validation files. Output is canonical (fixed field order,
 * fixed indentation, shortest round-trip doubles) so the same results give the same bytes.
 */
public final class ResultsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private ResultsJson() {
    }

    public static String toJson(Object document) {
        try {
            return MAPPER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("results are not serializable", e);
        }
    }

    public static ResultsDocument readResults(Path file) {
        return read(file, ResultsDocument.SCHEMA, ResultsDocument.class);
    }

    public static ValidationDocument readValidation(Path file) {
        return read(file, ValidationDocument.SCHEMA, ValidationDocument.class);
    }

    /** The schema named in a Tickwise JSON file, so a caller can tell results from validation files. */
    public static String schemaOf(Path file) {
        JsonNode tree = tree(file);
        JsonNode schema = tree.get("schema");
        if (schema == null || !schema.isTextual()) {
            throw new BadInputException(file.toString(), 1, "schema",
                    "not a Tickwise file (expected \"" + ResultsDocument.SCHEMA + "\" or \""
                            + ValidationDocument.SCHEMA + "\")");
        }
        return schema.asText();
    }

    private static <T> T read(Path file, String schema, Class<T> type) {
        String found = schemaOf(file);
        if (!found.equals(schema)) {
            throw new BadInputException(file.toString(), 1, "schema",
                    "is \"" + found + "\", expected \"" + schema + "\"");
        }
        try {
            return MAPPER.readValue(file.toFile(), type);
        } catch (MismatchedInputException e) {
            throw bad(file, e.getLocation(), e.getPathReference(), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw bad(file, e.getLocation(), "", e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(file.toString(), 0, "", "cannot read: " + e.getMessage());
        }
    }

    private static JsonNode tree(Path file) {
        try {
            JsonNode tree = MAPPER.readTree(Files.readAllBytes(file));
            if (tree == null || !tree.isObject()) {
                throw new BadInputException(file.toString(), 1, "", "not a JSON object");
            }
            return tree;
        } catch (NoSuchFileException e) {
            throw new BadInputException(file.toString(), 0, "", "no such file");
        } catch (JsonProcessingException e) {
            throw bad(file, e.getLocation(), "", e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(file.toString(), 0, "", "cannot read: " + e.getMessage());
        }
    }

    private static BadInputException bad(Path file, JsonLocation where, String field, String problem) {
        int line = where == null ? 0 : where.getLineNr();
        String oneLine = problem == null ? "malformed JSON" : problem.lines().findFirst().orElse(problem);
        return new BadInputException(file.toString(), line, field, oneLine);
    }
}
