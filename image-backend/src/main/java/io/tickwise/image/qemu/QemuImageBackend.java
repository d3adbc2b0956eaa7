package io.tickwise.image.qemu;

import io.tickwise.image.run.Backend;
import io.tickwise.image.run.PointMeasurement;
import io.tickwise.image.run.RunRequest;
import io.tickwise.image.run.SupervisedRun;
import io.tickwise.image.toolchain.NativeArtifact;
import io.tickwise.image.toolchain.NativeBuild;
import java.nio.file.Path;

/**
 * The {@code image} backend: boots the SMP multiboot image in QEMU, one task per vCPU unless a
 * topology says otherwise. Wall time runs from launching QEMU to the sum on the serial port,
 * so it includes QEMU start-up and boot, as the paper's request-to-result time does. Ticks are
 * the whole QEMU process's, every vCPU thread included.
 */
public final class QemuImageBackend implements Backend {

    /** The image writes 0x31 to isa-debug-exit, which QEMU turns into (0x31 << 1) | 1. */
    static final int SUCCESS_STATUS = (0x31 << 1) | 1;

    private final NativeBuild build;
    private final QemuInstallation qemu;
    private final Accelerator accelerator;

    public QemuImageBackend(NativeBuild build, QemuInstallation qemu, Accelerator accelerator) {
        this.build = build;
        this.qemu = qemu;
        this.accelerator = accelerator;
    }

    @Override
    public String name() {
        return "image";
    }

    public Firmware firmware() {
        return qemu.firmware();
    }

    /** As many vCPUs as tasks, as in the paper. */
    @Override
    public PointMeasurement run(RunRequest request) {
        return run(request, GuestTopology.flat(request.tasks()));
    }

    public PointMeasurement run(RunRequest request, GuestTopology topology) {
        return boot(request, topology, new KernelCommandLine(request.bound(), request.tasks(), false));
    }

    PointMeasurement boot(RunRequest request, GuestTopology topology, KernelCommandLine commandLine) {
        Path image = build.artifact(NativeArtifact.SMP_IMAGE);
        String what = "QEMU image (" + topology.vcpus() + " vCPUs, " + accelerator.id() + ")";
        return new SupervisedRun(what, QemuCommand.of(qemu, accelerator, topology, image, commandLine), SUCCESS_STATUS)
                .run(name(), request);
    }
}
