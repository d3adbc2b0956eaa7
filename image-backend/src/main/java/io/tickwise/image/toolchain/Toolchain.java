package io.tickwise.image.toolchain;

import java.nio.file.Path;

/** The machine's own C compiler and linker, which build the runner and the SMP image. */
public record Toolchain(Path gcc, Path ld) {

    public static Toolchain locate(ExecutableSearch search) {
        String purpose = "to build the real backends' C sources";
        return new Toolchain(search.require("gcc", "gcc", purpose), search.require("ld", "binutils", purpose));
    }
}
