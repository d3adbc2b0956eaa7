package io.tickwise.image.qemu;

import io.tickwise.image.toolchain.ExecutableSearch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The QEMU binary on this machine and the firmware it will boot the image with. */
public record QemuInstallation(Path binary, Firmware firmware) {

    static final String BINARY = "qemu-system-x86_64";

    public static QemuInstallation locate(ExecutableSearch search) {
        Path binary = search.require(BINARY, "qemu-system-x86", "to boot the SMP image");
        return new QemuInstallation(binary, hasQbootRom(binary) ? Firmware.QBOOT : Firmware.SEABIOS);
    }

    /** {@code -L help} lists the directories QEMU searches for firmware files. */
    private static boolean hasQbootRom(Path binary) {
        try {
            Process process = new ProcessBuilder(binary.toString(), "-L", "help").redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            String directories = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 && directories.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .anyMatch(directory -> Files.isRegularFile(Path.of(directory, Firmware.QBOOT_ROM)));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
