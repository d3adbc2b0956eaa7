package io.tickwise.scenario;

import io.tickwise.host.spec.HostFiles;
import io.tickwise.host.spec.HostSpec;
import io.tickwise.input.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The scenarios and hosts shipped in the jar (the scenarios are also files under scenarios/). */
public final class BuiltIns {
    public static final List<String> SCENARIOS = List.of("intel-72", "amd-48");
    public static final List<String> HOSTS = List.of("intel-xeon-e5-2699v3-2s", "amd-opteron-6234-4s");

    private static final String SCENARIO_DIR = "io/tickwise/scenarios/";
    private static final String HOST_DIR = "io/tickwise/hosts/";

    private BuiltIns() {
    }

    /** The built-in scenario's text for a name such as {@code intel-72} or {@code intel-72.yaml}. */
    public static Optional<byte[]> scenario(String name) {
        String base = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
        return SCENARIOS.contains(base) ? Optional.of(resource(SCENARIO_DIR + base + ".yaml")) : Optional.empty();
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
