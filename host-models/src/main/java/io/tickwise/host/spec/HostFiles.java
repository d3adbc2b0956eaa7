package io.tickwise.host.spec;

import io.tickwise.input.BadInputException;
import io.tickwise.input.StrictYaml;
import io.tickwise.input.YamlDocument;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads host files: strict YAML binding to {@link HostSpec}, then the checks of
 * {@link HostSpecChecks}. Whatever is wrong is a {@link BadInputException} naming file, line and
 * field; a spec that comes back is one the host model can run.
 */
public final class HostFiles {

    private HostFiles() {
    }

    public static HostSpec load(Path file) {
        return checked(StrictYaml.read(file, HostSpec.class));
    }

    /** Reads a host file from {@code in}, a built-in resource for instance; messages call it {@code name}. */
    public static HostSpec load(String name, InputStream in) {
        return checked(StrictYaml.read(name, in, HostSpec.class));
    }

    private static HostSpec checked(YamlDocument<HostSpec> document) {
        new HostSpecChecks(document.validator()).check(document.value());
        return document.value();
    }
}
