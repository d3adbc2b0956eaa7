package io.tickwise.image;

import io.tickwise.image.linux.LinuxRunnerBackend;
import io.tickwise.image.linux.Parallelism;
import io.tickwise.image.qemu.Accelerator;
import io.tickwise.image.qemu.QemuImageBackend;
import io.tickwise.image.qemu.QemuInstallation;
import io.tickwise.image.run.Backend;
import io.tickwise.image.toolchain.ExecutableSearch;
import io.tickwise.image.toolchain.NativeBuild;
import io.tickwise.input.BadInputException;
import java.util.List;

/** The real backends by the ids the command line uses: processes, threads and image. */
public final class RealBackends {

    public static final List<String> IDS = List.of("processes", "threads", "image");

    private RealBackends() {
    }

    /**
     * The backend with that id, built from this machine's tools; missing tools are bad input
     * naming the Debian package to install.
     */
    public static Backend named(String id, Accelerator accelerator) {
        return switch (id) {
            case "processes" -> new LinuxRunnerBackend(Parallelism.PROCESSES, NativeBuild.forThisMachine());
            case "threads" -> new LinuxRunnerBackend(Parallelism.THREADS, NativeBuild.forThisMachine());
            case "image" -> new QemuImageBackend(NativeBuild.forThisMachine(),
                    QemuInstallation.locate(ExecutableSearch.ofEnvironment()), accelerator);
            default -> throw BadInputException.option("--backend",
                    "must be one of " + String.join(", ", IDS) + " or all, was '" + id + "'");
        };
    }
}
