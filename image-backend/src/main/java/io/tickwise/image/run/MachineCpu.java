package io.tickwise.image.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CPU time of the whole machine so far, from the aggregate line of {@code /proc/stat}, in
 * USER_HZ ticks like a process's own. Two samples around a run give how busy every CPU was
 * meanwhile, so a run can be told apart from one that shared the machine with someone else.
 *
 * @param busyTicks all but idle and iowait, summed over the CPUs (steal included: time the
 *                  machine's own hypervisor gave to others is time the run did not get)
 * @param cpus      the CPUs the line sums over
 */
public record MachineCpu(long busyTicks, int cpus) {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    private static final int IDLE = 3;
    private static final int IOWAIT = 4;
    /** user nice system idle iowait irq softirq steal; guest times are already inside user and nice. */
    private static final int ACCOUNTED_FIELDS = 8;

    public static MachineCpu sample() {
        try {
            return parse(Files.readAllLines(PROC_STAT));
        } catch (IOException e) {
            throw new RunFailedException("cannot read the machine's CPU time from " + PROC_STAT + ": " + e.getMessage());
        }
    }

    static MachineCpu parse(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).startsWith("cpu ")) {
            throw new RunFailedException("unexpected first line in /proc/stat: " + (lines.isEmpty() ? "(empty)" : lines.get(0)));
        }
        String[] fields = lines.get(0).substring(4).trim().split("\\s+");
        if (fields.length < ACCOUNTED_FIELDS) {
            throw new RunFailedException("unexpected first line in /proc/stat: " + lines.get(0));
        }
        long busy = 0;
        for (int i = 0; i < ACCOUNTED_FIELDS; i++) {
            if (i != IDLE && i != IOWAIT) {
                busy += Long.parseLong(fields[i]);
            }
        }
        int cpus = (int) lines.stream().skip(1).filter(line -> line.matches("cpu\\d+ .*")).count();
        return new MachineCpu(busy, Math.max(cpus, 1));
    }

    /** Busy ticks of the machine between {@code earlier} and this sample. */
    public long busySince(MachineCpu earlier) {
        return busyTicks - earlier.busyTicks;
    }
}
