package io.tickwise.cli;

import io.tickwise.scenario.run.BuildInfo;
import picocli.CommandLine;

/** The version the jar was built as (from its manifest) and the commit it was built from. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Tickwise " + BuildInfo.version() + " (commit " + BuildInfo.commit() + ")"};
    }
}
