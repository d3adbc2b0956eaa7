package io.tickwise.host.cpu;

import java.util.List;

/**
 * How fast each physical core runs work relative to its socket's clock. A host file's cores are
 * equal; the machine at hand may not find them so: on a cloud guest, a CPU whose physical core a
 * neighbour shares runs the same task slower, and which CPU is slowed changes within minutes.
 * {@code validate} measures each CPU's speed and simulates with it. The clock, and with it the
 * power drawn, is unchanged: a slowed core is as busy, it gets less done.
 *
 * @param relative by physical core index, each greater than 0; empty for a host whose cores are all equal
 */
public record CoreSpeeds(List<Double> relative) {

    public static final CoreSpeeds EQUAL = new CoreSpeeds(List.of());

    public CoreSpeeds {
        relative = List.copyOf(relative);
        for (int c = 0; c < relative.size(); c++) {
            double speed = relative.get(c);
            if (!(speed > 0) || Double.isInfinite(speed)) {
                throw new IllegalArgumentException("core " + c + ": relative speed must be finite and > 0, was " + speed);
            }
        }
    }

    /** The speed of physical core {@code core}. */
    public double of(int core) {
        return relative.isEmpty() ? 1.0 : relative.get(core);
    }

    /** Whether these speeds fit a host of {@code physicalCores}. */
    public boolean fits(int physicalCores) {
        return relative.isEmpty() || relative.size() == physicalCores;
    }
}
