package io.tickwise.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What any node needs to rebuild a sweep's plan exactly: its input files and the command-line
 * arguments that shape it, with the software version that reads them. Its id is a digest of
 * all of these, so two nodes with the same id run the same plan, and a journal written under
 * that id belongs to that sweep only.
 */
public record SweepSource(String sweepId, String version, SourceFile[] files, String[] arguments) {

    public static SweepSource of(String version, SourceFile[] files, String[] arguments) {
        return new SweepSource(digest(version, files, arguments), version, files.clone(), arguments.clone());
    }

    private static String digest(String version, SourceFile[] files, String[] arguments) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        field(sha, version.getBytes(StandardCharsets.UTF_8));
        for (SourceFile file : files) {
            field(sha, file.name().getBytes(StandardCharsets.UTF_8));
            field(sha, file.content());
        }
        for (String argument : arguments) {
            field(sha, argument.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    }

    /** Length-prefixed, so ("ab", "c") and ("a", "bc") differ. */
    private static void field(MessageDigest sha, byte[] bytes) {
        sha.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8),
                (byte) bytes.length});
        sha.update(bytes);
    }
}
