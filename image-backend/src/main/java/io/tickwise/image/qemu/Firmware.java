package io.tickwise.image.qemu;

import java.util.List;

/**
 * The x86 firmware QEMU starts before the multiboot kernel. qboot is the minimal one the
 * paper-style fast boot wants; SeaBIOS, QEMU's default, is the fallback where the qboot ROM
 * is not installed (it is part of Debian's qemu-system-data).
 */
public enum Firmware {
    QBOOT(List.of("-bios", "qboot.rom")),
    SEABIOS(List.of());

    static final String QBOOT_ROM = "qboot.rom";

    private final List<String> arguments;

    Firmware(List<String> arguments) {
        this.arguments = arguments;
    }

    List<String> arguments() {
        return arguments;
    }
}
