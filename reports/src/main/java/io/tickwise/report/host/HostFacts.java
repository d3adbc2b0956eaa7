package io.tickwise.report.host;

import io.tickwise.results.Parameter;
import io.tickwise.results.ResultsDocument;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the report needs to know about the simulated host, read from the results' parameters.
 *
 * <p>Parameters relied on, all with scope {@code host} (a dotted prefix on the name, such as
 * {@code topology.physicalCores}, is ignored so host files may group their keys):
 * <ul>
 *   <li>{@code physicalCores} — integer; where the time chart draws its core-count line;</li>
 *   <li>{@code logicalProcessors} — integer; a second line when it differs from the cores
 *       (hyper-threading);</li>
 *   <li>{@code vendor} — text containing "intel" or "amd"; which paper findings apply.
 *       Without it the host name is searched for "intel" or "amd".</li>
 * </ul>
 * Absent or unreadable values leave the fact empty; the report then says so instead of
 * drawing a line or checking findings.
 */
public record HostFacts(String hostName, Optional<HostFamily> family,
                        OptionalInt physicalCores, OptionalInt logicalProcessors) {

    public static final String SCOPE = "host";
    public static final String PHYSICAL_CORES = "physicalCores";
    public static final String LOGICAL_PROCESSORS = "logicalProcessors";
    public static final String VENDOR = "vendor";

    public static HostFacts of(ResultsDocument document) {
        Optional<HostFamily> family = hostParameter(document, VENDOR)
                .flatMap(HostFamily::mentionedIn)
                .or(() -> HostFamily.mentionedIn(document.host()));
        return new HostFacts(document.host(), family,
                positiveInt(hostParameter(document, PHYSICAL_CORES)),
                positiveInt(hostParameter(document, LOGICAL_PROCESSORS)));
    }

    private static Optional<String> hostParameter(ResultsDocument document, String name) {
        return document.parameters().stream()
                .filter(p -> SCOPE.equalsIgnoreCase(p.scope()))
                .filter(p -> p.name() != null && lastSegment(p.name()).equals(name))
                .map(Parameter::value)
                .findFirst();
    }

    private static String lastSegment(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static OptionalInt positiveInt(Optional<String> value) {
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int n = Integer.parseInt(value.get().trim());
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
