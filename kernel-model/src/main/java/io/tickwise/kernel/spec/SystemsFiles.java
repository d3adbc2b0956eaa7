package io.tickwise.kernel.spec;

import io.tickwise.host.spec.Cited;
import io.tickwise.input.StrictYaml;
import io.tickwise.input.Validator;
import io.tickwise.input.YamlDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the systems' constants: the built-in file, strictly bound and checked. */
public final class SystemsFiles {
    private static final String BUILT_IN = "io/tickwise/kernel/systems.yaml";

    private SystemsFiles() {
    }

    public static SystemsSpec builtIn() {
        try (InputStream in = SystemsFiles.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in " + BUILT_IN + " is missing from the class path");
            }
            return load("systems.yaml", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SystemsSpec load(String name, InputStream in) {
        YamlDocument<SystemsSpec> document = StrictYaml.read(name, in, SystemsSpec.class);
        Validator v = document.validator();
        SystemsSpec s = document.value();
        check(v, "client.udpOneWayUs", s.client().udpOneWayUs());
        check(v, "client.sendUs", s.client().sendUs());
        check(v, "unikernel.requestHandlingUs", s.unikernel().requestHandlingUs());
        check(v, "unikernel.startupIpis", s.unikernel().startupIpis());
        v.require(s.unikernel().startupIpis().value() >= 1, "unikernel.startupIpis.value", "must be >= 1");
        check(v, "unikernel.initWaitUs", s.unikernel().initWaitUs());
        check(v, "unikernel.sipiWaitUs", s.unikernel().sipiWaitUs());
        check(v, "unikernel.apSelfConfigurationUs", s.unikernel().apSelfConfigurationUs());
        check(v, "unikernel.criticalSectionUs", s.unikernel().criticalSectionUs());
        check(v, "unikernel.xapicMaxProcessors", s.unikernel().xapicMaxProcessors());
        v.require(s.unikernel().xapicMaxProcessors().value() >= 1, "unikernel.xapicMaxProcessors.value", "must be >= 1");
        check(v, "unikernel.vmStartCpuSeconds.request", s.unikernel().vmStartCpuSeconds().request());
        check(v, "unikernel.vmStartCpuSeconds.processLifetime", s.unikernel().vmStartCpuSeconds().processLifetime());
        check(v, "linux.threadCreateUs", s.linux().threadCreateUs());
        check(v, "linux.processCreateUs", s.linux().processCreateUs());
        check(v, "linux.reapUs", s.linux().reapUs());
        check(v, "linux.guestHz", s.linux().guestHz());
        v.positive(s.linux().guestHz().value(), "linux.guestHz.value");
        check(v, "linux.idleWakeupsPerSecond", s.linux().idleWakeupsPerSecond());
        check(v, "linux.idleWakeupWorkUs", s.linux().idleWakeupWorkUs());
        check(v, "linux.stackCacheThreads", s.linux().stackCacheThreads());
        check(v, "linux.nativeIpiUs", s.linux().nativeIpiUs());
        check(v, "linux.flushWakesLazyTlbCpus", s.linux().flushWakesLazyTlbCpus());
        check(v, "linux.guestDomain.imbalancePct", s.linux().guestDomain().imbalancePct());
        // Below 100 % a domain would pull tasks towards the busier vCPU.
        v.require(s.linux().guestDomain().imbalancePct().value() >= 100, "linux.guestDomain.imbalancePct.value",
                "must be >= 100");
        check(v, "linux.guestDomain.cacheNiceTries", s.linux().guestDomain().cacheNiceTries());
        return s;
    }

    private static void check(Validator v, String path, Cited cited) {
        v.nonNegative(cited.value(), path + ".value");
        v.notBlank(cited.source(), path + ".source");
    }
}
