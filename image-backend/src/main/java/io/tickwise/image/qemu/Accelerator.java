package io.tickwise.image.qemu;

import io.tickwise.input.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How QEMU executes the guest. TCG is the default: a nested /dev/kvm can exist and still be
 * about a hundred times slower, and under multi-threaded TCG every vCPU is one host thread,
 * which is what the simulator models. KVM only when asked for.
 */
public enum Accelerator {
    TCG("tcg", List.of("-accel", "tcg,thread=multi")),
    KVM("kvm", List.of("-accel", "kvm"));

    private static final Path KVM_DEVICE = Path.of("/dev/kvm");

    private final String id;
    private final List<String> arguments;

    Accelerator(String id, List<String> arguments) {
        this.id = id;
        this.arguments = arguments;
    }

    public String id() {
        return id;
    }

    public static Accelerator parse(String text) {
        for (Accelerator accelerator : values()) {
            if (accelerator.id.equals(text)) {
                return accelerator;
            }
        }
        throw BadInputException.option("--accel", "must be tcg or kvm, was '" + text + "'");
    }

    List<String> arguments() {
        if (this == KVM && !(Files.isReadable(KVM_DEVICE) && Files.isWritable(KVM_DEVICE))) {
            throw BadInputException.option("--accel", "kvm needs read and write access to " + KVM_DEVICE);
        }
        return arguments;
    }
}
