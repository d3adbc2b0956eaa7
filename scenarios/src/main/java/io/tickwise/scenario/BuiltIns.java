package io.tickwise.scenario;

import io.tickwise.cluster.SourceFile;
import io.tickwise.host.spec.HostFiles;
import io.tickwise.host.spec.HostSpec;
import io.tickwise.input.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The scenarios and hosts shipped in the jar (the scenarios are also files under scenarios/). */
public final class BuiltIns {
    public static final List<String> SCENARIOS = List.of("intel-72", "amd-48");
    public static final List<String> HOSTS = List.of("intel-xeon-e5-2699v3-2s", "amd-opteron-6234-4s");

    /** Examples of scale, not of the paper: files under scenarios/examples/, and in the jar for {@code bench scale}. */
    public static final List<String> EXAMPLES = List.of("scale-1024", "scale-4096");
    private static final List<String> EXAMPLE_HOSTS = List.of("hosts/scale-8s-1024.yaml", "hosts/scale-32s-4096.yaml");

    private static final String SCENARIO_DIR = "io/tickwise/scenarios/";
    private static final String HOST_DIR = "io/tickwise/hosts/";
    private static final String EXAMPLE_DIR = "io/tickwise/examples/";

    private BuiltIns() {
    }

    /** The built-in scenario's text for a name such as {@code intel-72} or {@code intel-72.yaml}. */
    public static Optional<byte[]> scenario(String name) {
        String base = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
        return SCENARIOS.contains(base) ? Optional.of(resource(SCENARIO_DIR + base + ".yaml")) : Optional.empty();
    }

    /**
     * An example scenario as the files it is read from: its own, then the example host files,
     * named as the scenario refers to them (see {@link ScenarioFiles#load(List)}).
     */
    public static List<SourceFile> example(String name) {
        if (!EXAMPLES.contains(name)) {
            throw new IllegalArgumentException("no example '" + name + "'; examples: " + String.join(", ", EXAMPLES));
        }
        List<SourceFile> files = new ArrayList<>();
        files.add(new SourceFile("examples/" + name + ".yaml", resource(EXAMPLE_DIR + name + ".yaml")));
        EXAMPLE_HOSTS.forEach(host -> files.add(new SourceFile(host, resource(EXAMPLE_DIR + host))));
        return files;
    }

    public static Optional<HostSpec> host(String name) {
        String base = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
        if (!HOSTS.contains(base)) {
            return Optional.empty();
        }
        try (InputStream in = open(HOST_DIR + base + ".yaml")) {
            return Optional.of(HostFiles.load(base + ".yaml", in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = BuiltIns.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("built-in " + path + " is missing from the jar");
        }
        return in;
    }

    static BadInputException unknownHost(String file, int line, String name) {
        return new BadInputException(file, line, "host", "'" + name + "' is neither a built-in host ("
                + String.join(", ", HOSTS) + ") nor a host file");
    }
}
