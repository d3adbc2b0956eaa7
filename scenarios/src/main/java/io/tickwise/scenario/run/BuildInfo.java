package io.tickwise.scenario.run;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Provenance of a results file and identity of a cluster node: the version built, the git
 * commit the build was made from (recorded in the jar by the build, not asked of whatever
 * checkout the program happens to run in), and the node.
 */
public final class BuildInfo {
    private static final String BUILD_PROPERTIES = "/io/tickwise/build.properties";
    private static final Properties BUILD = load();

    private BuildInfo() {
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Unreadable is as good as absent: the commit is then "unknown".
        }
        return properties;
    }

    public static String version() {
        String version = BuildInfo.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /**
     * The commit this program was built from, with "-dirty" when the tree had uncommitted
     * changes; "unknown" for a build outside a git checkout.
     */
    public static String commit() {
        String commit = BUILD.getProperty("git.commit.id", "");
        if (!commit.matches("[0-9a-f]{40}")) {
            return "unknown";
        }
        return Boolean.parseBoolean(BUILD.getProperty("git.dirty")) ? commit + "-dirty" : commit;
    }

    /** What nodes of one cluster must share, so results of two different models are never mixed. */
    public static String identity() {
        return version() + "+" + commit();
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
