package io.tickwise.report.host;

import io.tickwise.results.Parameter;
import io.tickwise.results.ResultsDocument;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the report needs to know about the simulated host, read from the results' parameters.
 *
 * <p>Parameters relied on, all with scope {@code host} (a dotted prefix on the name, such as
 * {@code topology.physicalCores}, is ignored so host files may group their keys):
 * <ul>
 *   <li>{@code physicalCores} — integer; where the charts draw the core-count line;</li>
 *   <li>{@code logicalProcessors} — integer; a second, dotted line when it differs from the
 *       cores (hyper-threading);</li>
 *   <li>{@code siblingKind} — {@code hyperthread} or {@code module}. On an AMD Bulldozer host
 *       a "physical core" of the model is a module of two integer cores, while the paper (and
 *       AMD) count the integer cores: with {@code module} the core line is drawn at the
 *       logical processors, labelled with the modules;</li>
 *   <li>{@code vendor} — text containing "intel" or "amd"; which paper findings apply.
 *       Without it the host name is searched for "intel" or "amd".</li>
 * </ul>
 * Absent or unreadable values leave the fact empty; the report then says so instead of
 * drawing a line or checking findings.
 */
public record HostFacts(String hostName, Optional<HostFamily> family, OptionalInt physicalCores,
                        OptionalInt logicalProcessors, boolean modules) {

    public static final String SCOPE = "host";
    public static final String PHYSICAL_CORES = "physicalCores";
    public static final String LOGICAL_PROCESSORS = "logicalProcessors";
    public static final String SIBLING_KIND = "siblingKind";
    public static final String VENDOR = "vendor";

    /** A vertical line on a chart against the number of tasks. */
    public record CoreLine(int tasks, String label, boolean dotted) {
    }

    public static HostFacts of(ResultsDocument document) {
        Optional<HostFamily> family = hostParameter(document, VENDOR)
                .flatMap(HostFamily::mentionedIn)
                .or(() -> HostFamily.mentionedIn(document.host()));
        boolean modules = hostParameter(document, SIBLING_KIND)
                .map(kind -> kind.trim().toLowerCase(Locale.ROOT).equals("module"))
                .orElse(false);
        return new HostFacts(document.host(), family,
                positiveInt(hostParameter(document, PHYSICAL_CORES)),
                positiveInt(hostParameter(document, LOGICAL_PROCESSORS)), modules);
    }

    /** The cores as the paper counts them: the integer cores of a module host, else the physical cores. */
    public OptionalInt cores() {
        return modules && logicalProcessors.isPresent() ? logicalProcessors : physicalCores;
    }

    /** Where a metric's slope is expected to change: at the cores, and at the hardware threads if more. */
    public List<CoreLine> coreLines() {
        if (modules && logicalProcessors.isPresent()) {
            String of = physicalCores.isPresent() ? " (" + physicalCores.getAsInt() + " modules)" : "";
            return List.of(new CoreLine(logicalProcessors.getAsInt(), logicalProcessors.getAsInt() + " cores" + of, false));
        }
        if (physicalCores.isEmpty()) {
            return List.of();
        }
        int cores = physicalCores.getAsInt();
        CoreLine physical = new CoreLine(cores, cores + " physical cores", false);
        if (logicalProcessors.isEmpty() || logicalProcessors.getAsInt() == cores) {
            return List.of(physical);
        }
        int logical = logicalProcessors.getAsInt();
        return List.of(physical, new CoreLine(logical, logical + " logical processors", true));
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
