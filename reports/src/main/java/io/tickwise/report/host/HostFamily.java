package io.tickwise.report.host;

import java.util.Locale;
import java.util.Optional;

/** The two processor families of the paper's experiment; each has its own findings. */
public enum HostFamily {
    INTEL("intel"),
    AMD("amd");

    private final String key;

    HostFamily(String key) {
        this.key = key;
    }

    /** The lower-case name findings files use. */
    public String key() {
        return key;
    }

    /** The family whose name occurs in the text, if exactly one does. */
    public static Optional<HostFamily> mentionedIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean intel = lower.contains(INTEL.key);
        boolean amd = lower.contains(AMD.key);
        if (intel == amd) {
            return Optional.empty();
        }
        return Optional.of(intel ? INTEL : AMD);
    }

    public static HostFamily fromKey(String key) {
        for (HostFamily family : values()) {
            if (family.key.equalsIgnoreCase(key)) {
                return family;
            }
        }
        throw new IllegalArgumentException("unknown host \"" + key + "\" (expected intel or amd)");
    }
}
