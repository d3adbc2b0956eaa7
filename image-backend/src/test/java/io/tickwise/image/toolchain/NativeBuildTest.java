package io.tickwise.image.toolchain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeBuildTest {

    private static final Toolchain TOOLS = Toolchain.locate(ExecutableSearch.ofEnvironment());

    @Test
    void buildsOnceAndReusesTheCachedArtifact(@TempDir Path cache) throws Exception {
        NativeBuild build = new NativeBuild(TOOLS, NativeSources.fromClasspath(), cache);

        Path runner = build.artifact(NativeArtifact.LINUX_RUNNER);
        var builtAt = Files.getLastModifiedTime(runner);
        Path again = new NativeBuild(TOOLS, NativeSources.fromClasspath(), cache).artifact(NativeArtifact.LINUX_RUNNER);

        assertTrue(Files.isExecutable(runner));
        assertEquals(runner, again);
        assertEquals(builtAt, Files.getLastModifiedTime(again));
        try (var entries = Files.list(cache)) {
            assertEquals(1, entries.count(), "no build directory is left behind");
        }
    }

    @Test
    void aChangedSourceBuildsAfresh(@TempDir Path cache) {
        NativeSources packaged = NativeSources.fromClasspath();
        byte[] task = packaged.content("task/primes.c");
        byte[] changedTask = (new String(task, StandardCharsets.UTF_8) + "\n/* changed */\n").getBytes(StandardCharsets.UTF_8);

        Path original = new NativeBuild(TOOLS, packaged, cache).artifact(NativeArtifact.LINUX_RUNNER);
        Path changed = new NativeBuild(TOOLS, packaged.withFile("task/primes.c", changedTask), cache)
                .artifact(NativeArtifact.LINUX_RUNNER);
        Path imageOnlyChange = new NativeBuild(TOOLS, packaged.withFile("image/kernel.c", changedTask), cache)
                .artifact(NativeArtifact.LINUX_RUNNER);

        assertNotEquals(original.getParent(), changed.getParent());
        assertEquals(original, imageOnlyChange, "the runner does not depend on the image's sources");
    }

    @Test
    void buildsThe32BitMultibootImage(@TempDir Path cache) throws Exception {
        Path image = new NativeBuild(TOOLS, NativeSources.fromClasspath(), cache).artifact(NativeArtifact.SMP_IMAGE);
        byte[] header = Arrays.copyOf(Files.readAllBytes(image), 5);

        assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F', 1}, header, "a 32-bit ELF");
    }

    @Test
    void aSourceThatDoesNotCompileReportsTheCompilerOutput(@TempDir Path cache) throws Exception {
        NativeSources broken = NativeSources.fromClasspath()
                .withFile("task/primes.c", "this is not C;".getBytes(StandardCharsets.UTF_8));

        NativeBuildException failure = assertThrows(NativeBuildException.class,
                () -> new NativeBuild(TOOLS, broken, cache).artifact(NativeArtifact.LINUX_RUNNER));

        assertTrue(failure.getMessage().contains("primes.c"), failure.getMessage());
        try (var entries = Files.list(cache)) {
            assertEquals(0, entries.count(), "a failed build leaves nothing in the cache");
        }
    }
}
