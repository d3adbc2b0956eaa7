package io.tickwise.image.toolchain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the C sources with the machine's own tools on first use and keeps the result in a
 * cache directory named after a digest of the sources and the build commands, so a change to
 * either builds afresh while unchanged sources are never rebuilt.
 *
 * <p>Each build happens in a private directory that is renamed into place in one step, so
 * JVMs that build the same sources at the same time never see a half-written artifact.
 */
public final class NativeBuild {

    private static final long STEP_TIMEOUT_SECONDS = 120;

    private final Toolchain tools;
    private final NativeSources sources;
    private final Path cacheRoot;

    public NativeBuild(Toolchain tools, NativeSources sources, Path cacheRoot) {
        this.tools = tools;
        this.sources = sources;
        this.cacheRoot = cacheRoot;
    }

    /** The packaged sources, this machine's tools and the user's cache directory. */
    public static NativeBuild forThisMachine() {
        return new NativeBuild(Toolchain.locate(ExecutableSearch.ofEnvironment()), NativeSources.fromClasspath(),
                defaultCacheRoot());
    }

    /** {@code $XDG_CACHE_HOME/tickwise}, else {@code ~/.cache/tickwise}. */
    public static Path defaultCacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("tickwise");
    }

    /** The built artifact, building it first if this version of its sources never was. */
    public synchronized Path artifact(NativeArtifact artifact) {
        Path home = cacheRoot.resolve(artifact.name().toLowerCase() + "-"
                + sources.digest(artifact.sources(), artifact.recipe()));
        Path built = home.resolve(artifact.output());
        if (Files.isRegularFile(built)) {
            return built;
        }
        try {
            Files.createDirectories(cacheRoot);
            Path workspace = Files.createTempDirectory(cacheRoot, ".build-");
            try {
                sources.writeTo(workspace, artifact.sources());
                for (List<String> command : artifact.commands(tools)) {
                    runStep(command, workspace);
                }
                moveIntoPlace(workspace, home);
                if (!Files.isRegularFile(built)) {
                    throw new NativeBuildException(home + " exists without " + artifact.output()
                            + "; delete that directory to rebuild");
                }
            } finally {
                deleteRecursively(workspace);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build " + artifact.output() + " under " + cacheRoot, e);
        }
        return built;
    }

    private static void runStep(List<String> command, Path directory) throws IOException {
        Path log = directory.resolve("build.log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        try {
            if (!process.waitFor(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new NativeBuildException("build step timed out: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new NativeBuildException("interrupted during: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new NativeBuildException("build step failed with status " + process.exitValue() + ": "
                    + String.join(" ", command) + "\n" + Files.readString(log, StandardCharsets.UTF_8).strip());
        }
    }

    /** Losing the race to another JVM that built the same digest is fine: its result is ours. */
    private static void moveIntoPlace(Path workspace, Path home) throws IOException {
        try {
            Files.move(workspace, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            if (!Files.isDirectory(home)) {
                throw e;
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
