package io.tickwise.scenario.run;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Provenance of a results file: the version built, the git commit of the working copy, the node. */
public final class BuildInfo {
    private BuildInfo() {
    }

    public static String version() {
        String version = BuildInfo.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** The commit of the checkout the program runs from, if it runs from one; "unknown" otherwise. */
    public static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(Path.of("").toAbsolutePath().toFile())
                    .redirectErrorStream(true).start();
            if (!git.waitFor(5, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return "unknown";
            }
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    public static String node() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String host = System.getenv("HOSTNAME");
            return host != null ? host : readHostname();
        }
    }

    private static String readHostname() {
        try {
            return Files.readString(Path.of("/etc/hostname")).strip();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
