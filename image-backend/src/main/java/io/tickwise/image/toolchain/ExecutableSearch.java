package io.tickwise.image.toolchain;

import io.tickwise.input.BadInputException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds programs the way a shell does: the first executable of that name along a PATH. */
public final class ExecutableSearch {

    private final String path;

    public ExecutableSearch(String path) {
        this.path = path == null ? "" : path;
    }

    public static ExecutableSearch ofEnvironment() {
        return new ExecutableSearch(System.getenv("PATH"));
    }

    public Optional<Path> find(String program) {
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The program, or bad input telling the user which Debian package provides it. */
    public Path require(String program, String debianPackage, String neededFor) {
        return find(program).orElseThrow(() -> new BadInputException(null, 0, null,
                program + " is needed " + neededFor + " but is not on PATH; install it with: "
                        + "apt-get install -y --no-install-recommends " + debianPackage));
    }
}
