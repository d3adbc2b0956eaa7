package io.tickwise.report.findings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tickwise.input.BadInputException;
import io.tickwise.report.data.Curves;
import io.tickwise.report.host.HostFacts;
import io.tickwise.report.host.HostFamily;
import io.tickwise.results.ResultsDocument;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A findings file: the claims to check, each for one host family. */
public final class FindingCatalog {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private final List<Finding> findings;

    public FindingCatalog(List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        for (Finding finding : findings) {
            if (!seen.add(finding.id())) {
                throw new IllegalArgumentException("finding id " + finding.id() + " is used twice");
            }
        }
        this.findings = List.copyOf(findings);
    }

    /** Reads a findings file; a malformed one is a {@link BadInputException} naming source, line and field. */
    public static FindingCatalog read(String source, InputStream yaml) {
        try {
            return new FindingCatalog(YAML.readValue(yaml, CatalogFile.class).findings());
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            throw bad(source, e.getLocation(), field, rootMessage(e));
        } catch (JsonProcessingException e) {
            throw bad(source, e.getLocation(), "", e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(source, 0, "", "cannot read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, 0, "findings", e.getMessage());
        }
    }

    public List<Finding> findings() {
        return findings;
    }

    /**
     * The findings made for the document's host family, in file order. Empty when the host
     * is neither Intel nor AMD (see {@link HostFacts} for how the family is recognised).
     */
    public List<FindingResult> evaluate(ResultsDocument document) {
        Optional<HostFamily> family = HostFacts.of(document).family();
        if (family.isEmpty()) {
            return List.of();
        }
        Curves curves = new Curves(document);
        return findings.stream()
                .filter(f -> f.host() == family.get())
                .map(f -> f.evaluate(curves))
                .toList();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : cause.getMessage();
        return message == null ? "malformed findings" : message.lines().findFirst().orElse(message);
    }

    private static BadInputException bad(String source, JsonLocation where, String field, String problem) {
        return new BadInputException(source, where == null ? 0 : where.getLineNr(), field, problem);
    }

    private record CatalogFile(List<Finding> findings) {
        CatalogFile {
            if (findings == null || findings.isEmpty()) {
                throw new IllegalArgumentException("findings must list at least one finding");
            }
        }
    }
}
