package io.tickwise.image.run;

import java.util.Locale;

/**
 * Whether a measured run had the machine to itself, judged from the run's own figures: how much
 * CPU other processes took while it ran, and whether its tasks got a CPU each when there were
 * enough CPUs for them. A run that fails either test measured a machine the model does not
 * describe (a busy neighbour, vCPU threads queued behind one), not the model's error.
 *
 * @param foreignShare  CPU time of everything but the run, as a share of the machine over the
 *                      run's wall time
 * @param parallelShare the run's own CPU time as a share of the CPUs its tasks could use at
 *                      once, min(tasks, cpus), over its wall time
 * @param cpuPerTask    whether there were as many CPUs as tasks: only then must every task
 *                      have run all along; with more tasks the scheduler's packing is part of
 *                      what the model predicts
 * @param judged        false when the run is too short for whole ticks to say anything
 */
public record Interference(double foreignShare, double parallelShare, boolean cpuPerTask, boolean judged) {

    /** USER_HZ: /proc reports CPU time in hundredths of a second on x86 Linux. */
    static final int USER_HZ = 100;
    /**
     * Below this many ticks of capacity (half a second of two CPUs) a tick of rounding is over 1 %
     * of the window, and the shares are noise.
     */
    private static final double MIN_CAPACITY_TICKS = 100;
    /**
     * An idle machine shows 1–3 % of background work (daemons, the measuring JVM reading the
     * worker's output); a tenth of the machine going elsewhere slows a run measurably.
     */
    static final double MAX_FOREIGN_SHARE = 0.10;
    /**
     * With a CPU for every task, each task keeps one busy; start-up and the last task's end cost
     * a few percent. Three quarters or less means tasks waited for a CPU: two of two vCPU threads
     * on one CPU give one half.
     */
    static final double MIN_PARALLEL_SHARE = 0.75;

    static Interference of(PointMeasurement m) {
        double capacity = m.wallSeconds() * m.cpus() * USER_HZ;
        double usable = m.wallSeconds() * Math.min(m.tasks(), m.cpus()) * USER_HZ;
        long foreign = Math.max(0, m.machineBusyTicks() - m.ticks());
        return new Interference(capacity > 0 ? foreign / capacity : 0, usable > 0 ? m.ticks() / usable : 0,
                m.tasks() <= m.cpus(), capacity >= MIN_CAPACITY_TICKS);
    }

    /** Whether the run shared the machine or left CPUs it could have used idle. */
    public boolean disturbed() {
        return judged && (foreignShare > MAX_FOREIGN_SHARE || cpuPerTask && parallelShare < MIN_PARALLEL_SHARE);
    }

    public String describe() {
        return String.format(Locale.ROOT, "other processes took %.0f %% of the machine; the run used %.0f %% of the CPUs "
                + "its tasks could use", 100 * foreignShare, 100 * parallelShare);
    }
}
