package io.tickwise.image.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of a live process as Linux accounts it in {@code /proc/<pid>/stat}: utime, stime,
 * cutime and cstime (fields 14-17), in USER_HZ clock ticks (100 per second on x86). The
 * process-wide line already sums all of its threads; cutime and cstime hold the children it
 * has waited for. Once the process is reaped this file is gone, hence reading it while the
 * process still waits for its release.
 */
public final class ProcessTicks {

    private static final int UTIME_AFTER_COMMAND = 11;

    private ProcessTicks() {
    }

    public static long of(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            return parse(Files.readString(stat));
        } catch (IOException e) {
            throw new RunFailedException("cannot read CPU ticks from " + stat + ": " + e.getMessage());
        }
    }

    /** The command name in field 2 may hold blanks and parentheses, so fields count from its last ')'. */
    static long parse(String statLine) {
        int commandEnd = statLine.lastIndexOf(')');
        if (commandEnd < 0) {
            throw new RunFailedException("unexpected /proc stat line: " + statLine);
        }
        String[] fields = statLine.substring(commandEnd + 1).trim().split("\\s+");
        if (fields.length < UTIME_AFTER_COMMAND + 4) {
            throw new RunFailedException("unexpected /proc stat line: " + statLine);
        }
        long ticks = 0;
        for (int i = UTIME_AFTER_COMMAND; i < UTIME_AFTER_COMMAND + 4; i++) {
            ticks += Long.parseLong(fields[i]);
        }
        return ticks;
    }
}
