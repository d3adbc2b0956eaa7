package io.tickwise.scenario;

import io.tickwise.host.spec.CitedTable;
import io.tickwise.host.spec.FrequencySpec;
import io.tickwise.host.spec.HostFiles;
import io.tickwise.host.spec.HostSpec;
import io.tickwise.host.spec.TopologySpec;
import io.tickwise.image.topology.HostTopology;
import io.tickwise.image.topology.SysfsTopologyDetector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;

/** The host model of the machine Tickwise runs on: detected topology, constants from the local template. */
public final class LocalHost {
    private static final String TEMPLATE = "io/tickwise/hosts/local-template.yaml";

    private LocalHost() {
    }

    public static HostTopology detect() {
        return SysfsTopologyDetector.detectLocal();
    }

    public static HostSpec model(HostTopology detected) {
        HostSpec template;
        try (InputStream in = LocalHost.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("built-in " + TEMPLATE + " is missing from the jar");
            }
            template = HostFiles.load("local-template.yaml", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TopologySpec t = template.topology();
        TopologySpec topology = new TopologySpec(detected.sockets(), detected.coresPerSocket(), detected.threadsPerCore(),
                t.siblingKind(), t.smtShare(), detected.note().isEmpty() ? t.source() : t.source() + "; " + detected.note());
        FrequencySpec f = template.frequency();
        double clock = f.turboGHz().values().get(0);
        FrequencySpec frequency = new FrequencySpec(f.baseGHz(),
                new CitedTable(Collections.nCopies(detected.coresPerSocket(), clock), f.turboGHz().source()),
                f.transitionIntervalUs());
        return new HostSpec(template.name(), template.description(), topology, frequency, template.cStates(),
                template.power(), template.idleGovernor(), template.scheduler(), template.hypervisor());
    }
}
