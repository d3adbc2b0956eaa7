package io.tickwise.image.toolchain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The C sources of the real backends, as packaged in the jar under {@value #RESOURCE_ROOT}, so
 * that a built sim.jar can compile them on any machine. Paths are relative to that root.
 */
public final class NativeSources {

    static final String RESOURCE_ROOT = "io/tickwise/image/c/";

    private final Map<String, byte[]> files;

    private NativeSources(Map<String, byte[]> files) {
        this.files = files;
    }

    public static NativeSources fromClasspath() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        ClassLoader loader = NativeSources.class.getClassLoader();
        Set<String> needed = new LinkedHashSet<>();
        for (NativeArtifact artifact : NativeArtifact.values()) {
            needed.addAll(artifact.sources());
        }
        for (String file : needed) {
            try (InputStream in = loader.getResourceAsStream(RESOURCE_ROOT + file)) {
                if (in == null) {
                    throw new IllegalStateException("C source " + RESOURCE_ROOT + file + " is missing from the classpath");
                }
                files.put(file, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new NativeSources(files);
    }

    /** The same sources with one file's content replaced. */
    public NativeSources withFile(String file, byte[] content) {
        if (!files.containsKey(file)) {
            throw new IllegalArgumentException("no C source named " + file);
        }
        Map<String, byte[]> changed = new LinkedHashMap<>(files);
        changed.put(file, content.clone());
        return new NativeSources(changed);
    }

    public byte[] content(String file) {
        byte[] content = files.get(file);
        if (content == null) {
            throw new IllegalArgumentException("no C source named " + file);
        }
        return content.clone();
    }

    /** A short digest of the named files and of how they are built: the cache key. */
    String digest(List<String> selected, String recipe) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(recipe.getBytes(StandardCharsets.UTF_8));
            for (String file : selected) {
                sha.update((byte) 0);
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(files.get(file));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    void writeTo(Path directory, List<String> selected) throws IOException {
        for (String file : selected) {
            Path target = directory.resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, files.get(file));
        }
    }
}
