package io.tickwise.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the process's standard error is a terminal, where a progress line may be redrawn in
 * place. {@code System.console()} cannot say: it looks at standard input and output (and on
 * newer JDKs is there even when they are redirected). On Linux the descriptor's link in
 * {@code /proc/self/fd} names the device it is open on; a terminal is a pseudo-terminal or a
 * tty device. Anywhere that cannot be read, the answer is no and output stays plain lines.
 */
final class Terminal {
    private Terminal() {
    }

    static boolean stderrIsTerminal() {
        String term = System.getenv("TERM");
        if (term == null || term.isBlank() || term.equals("dumb")) {
            return false;
        }
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.matches("/dev/tty[0-9A-Za-z]*")
                    || device.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
