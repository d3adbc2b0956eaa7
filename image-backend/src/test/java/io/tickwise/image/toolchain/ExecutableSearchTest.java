package io.tickwise.image.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tickwise.input.BadInputException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutableSearchTest {

    @Test
    void findsTheFirstExecutableAlongThePath(@TempDir Path dir) throws Exception {
        Path plain = Files.createDirectory(dir.resolve("plain"));
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Files.writeString(plain.resolve("tool"), "not executable");
        Path tool = Files.writeString(bin.resolve("tool"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));

        ExecutableSearch search = new ExecutableSearch(plain + File.pathSeparator + bin);

        assertEquals(Optional.of(tool), search.find("tool"));
        assertEquals(Optional.empty(), search.find("other"));
    }

    @Test
    void aMissingToolIsBadInputNamingTheDebianPackage() {
        ExecutableSearch nothing = new ExecutableSearch("");

        BadInputException missingQemu = assertThrows(BadInputException.class,
                () -> nothing.require("qemu-system-x86_64", "qemu-system-x86", "to boot the SMP image"));
        BadInputException missingLd = assertThrows(BadInputException.class,
                () -> Toolchain.locate(nothing));

        assertTrue(missingQemu.getMessage().contains("apt-get install -y --no-install-recommends qemu-system-x86"),
                missingQemu.getMessage());
        assertTrue(missingLd.getMessage().startsWith("gcc is needed"), missingLd.getMessage());
        assertTrue(missingLd.getMessage().contains("install -y --no-install-recommends gcc"), missingLd.getMessage());
    }
}
