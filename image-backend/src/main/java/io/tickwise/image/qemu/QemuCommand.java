package io.tickwise.image.qemu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The QEMU command line for one boot of the SMP image (DESIGN §6). */
final class QemuCommand {

    /** The debug-exit port the image writes its exit value to. */
    static final String DEBUG_EXIT_DEVICE = "isa-debug-exit,iobase=0xf4,iosize=0x04";

    private QemuCommand() {
    }

    static List<String> of(QemuInstallation qemu, Accelerator accelerator, GuestTopology topology, Path image,
                           KernelCommandLine commandLine) {
        List<String> command = new ArrayList<>();
        command.add(qemu.binary().toString());
        command.addAll(accelerator.arguments());
        command.addAll(List.of("-smp", topology.smpArgument()));
        command.addAll(qemu.firmware().arguments());
        // No default devices, no display: the serial port on stdio is the guest's only channel.
        command.addAll(List.of("-nodefaults", "-display", "none", "-serial", "stdio", "-no-reboot",
                "-device", DEBUG_EXIT_DEVICE, "-kernel", image.toString(), "-append", commandLine.text()));
        return command;
    }
}
