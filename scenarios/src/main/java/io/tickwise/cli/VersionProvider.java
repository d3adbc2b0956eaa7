package io.tickwise.cli;

import picocli.CommandLine;

/** The version the jar was built as (from its manifest). */
final class VersionProvider implements CommandLine.IVersionProvider {

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Tickwise " + version()};
    }
}
