package io.tickwise.image.toolchain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the C sources build into, each from its own files with its own commands. */
public enum NativeArtifact {

    /** The Linux runner: N tasks as forked processes or POSIX threads. */
    LINUX_RUNNER("runner", List.of("task/primes.h", "task/primes.c", "linux/runner.c")) {
        @Override
        List<List<String>> commands(Toolchain tools) {
            return List.of(List.of(tools.gcc().toString(), "-O2", "-std=gnu11", "-Wall", "-pthread",
                    "-o", output(), "linux/runner.c", "task/primes.c"));
        }
    },

    /** The SMP multiboot image. Freestanding 32-bit code needs neither multilib nor libgcc. */
    SMP_IMAGE("tickwise-smp.elf", List.of("task/primes.h", "task/primes.c", "image/layout.h", "image/x86.h",
            "image/serial.h", "image/serial.c", "image/kernel.c", "image/boot.S", "image/image.ld")) {
        @Override
        List<List<String>> commands(Toolchain tools) {
            List<String> objects = List.of("boot.o", "kernel.o", "serial.o", "primes.o");
            List<String> sources = List.of("image/boot.S", "image/kernel.c", "image/serial.c", "task/primes.c");
            List<List<String>> commands = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                List<String> compile = new ArrayList<>();
                compile.add(tools.gcc().toString());
                compile.addAll(FREESTANDING_32);
                compile.addAll(List.of("-c", sources.get(i), "-o", objects.get(i)));
                commands.add(compile);
            }
            List<String> link = new ArrayList<>(List.of(tools.ld().toString(), "-m", "elf_i386", "-T",
                    "image/image.ld", "-o", output()));
            link.addAll(objects);
            commands.add(link);
            return commands;
        }
    };

    /*
     * -fno-builtin and -fno-tree-loop-distribute-patterns keep gcc from calling memset or
     * memcpy, which nothing provides here; the rest makes plain, position-dependent code.
     */
    private static final List<String> FREESTANDING_32 = List.of("-m32", "-ffreestanding", "-fno-pie",
            "-nostdlib", "-fno-stack-protector", "-fno-asynchronous-unwind-tables", "-fno-builtin",
            "-fno-tree-loop-distribute-patterns", "-O2", "-Wall");

    private final String output;
    private final List<String> sources;

    NativeArtifact(String output, List<String> sources) {
        this.output = output;
        this.sources = sources;
    }

    /** The file the commands leave in the build directory. */
    public String output() {
        return output;
    }

    List<String> sources() {
        return sources;
    }

    /** Commands to run in a directory that holds the sources under their relative paths. */
    abstract List<List<String>> commands(Toolchain tools);

    /** The commands with tool paths reduced to tool names: part of the cache key, not the machine. */
    String recipe() {
        return commands(new Toolchain(Path.of("gcc"), Path.of("ld"))).toString();
    }
}
