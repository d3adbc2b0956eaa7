package io.tickwise.validation;

import io.tickwise.image.run.Backend;
import io.tickwise.image.run.RunRequest;
import io.tickwise.image.task.PrimeTask;
import io.tickwise.results.BackendValidation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * What {@code validate} will measure on one backend, decided before the long part starts so
 * that its duration can be told up front.
 *
 * @param tasks             the task counts compared with the model
 * @param bound             the prime bound of every task
 * @param taskSeconds       how long one task takes at that bound on this backend (from the probe,
 *                          or requested)
 * @param probeByCpu        the probe task's time confined to each CPU of the machine in turn
 */
public record ValidationPlan(Backend backend, List<Integer> tasks, int repetitions, long bound, double taskSeconds,
                             Duration timeout, List<BackendValidation.CpuProbe> probeByCpu) {

    /** A probe task of about a tenth of a second natively: long enough for a stable time, short enough to repeat. */
    static final long PROBE_BOUND = 40_000;
    static final int PROBE_RUNS = 3;

    public ValidationPlan {
        tasks = List.copyOf(tasks);
        probeByCpu = List.copyOf(probeByCpu);
    }

    /**
     * Plans a validation from a short probe of one task on the backend. The task's trial
     * divisions are counted exactly, so the probe gives this backend's time per division, and
     * from it the bound for {@code wantedTaskSeconds} (unless {@code bound} is given) and the
     * time a task will take. The probe is then run confined to each of {@code cpus} in turn, to
     * show before the long part whether the CPUs run the backend equally fast (on a cloud guest, a
     * CPU whose physical core a neighbour shares runs the emulator's large working set far slower,
     * while a native loop of a few instructions does not notice).
     */
    public static ValidationPlan probe(Backend backend, List<Integer> tasks, int repetitions, OptionalLong bound,
                                       double wantedTaskSeconds, Duration timeout, List<Integer> cpus) {
        double[] probe = new double[PROBE_RUNS];
        for (int i = 0; i < probe.length; i++) {
            probe[i] = backend.run(new RunRequest(1, PROBE_BOUND, timeout)).taskSeconds();
        }
        double secondsPerDivision = Stats.median(probe) / PrimeTask.divisionsBelow(PROBE_BOUND);
        long chosen = bound.isPresent() ? bound.getAsLong()
                : PrimeTask.boundForDivisions((long) Math.ceil(wantedTaskSeconds / secondsPerDivision));
        List<BackendValidation.CpuProbe> byCpu = new ArrayList<>();
        for (int cpu : cpus) {
            double[] pinned = new double[PROBE_RUNS];
            for (int i = 0; i < pinned.length; i++) {
                pinned[i] = backend.run(new RunRequest(1, PROBE_BOUND, timeout).pinnedTo(cpu)).taskSeconds();
            }
            byCpu.add(new BackendValidation.CpuProbe(cpu, Stats.median(pinned)));
        }
        return new ValidationPlan(backend, tasks, repetitions, chosen,
                PrimeTask.divisionsBelow(chosen) * secondsPerDivision, timeout, byCpu);
    }

    /**
     * The task counts run: the requested ones and one task, the calibration point, first. One
     * task is run confined to each CPU in turn.
     */
    public List<Integer> measuredCounts() {
        List<Integer> counts = new ArrayList<>(tasks);
        if (!counts.contains(1)) {
            counts.add(0, 1);
        }
        return counts;
    }

    /**
     * Wall time of the measurements on {@code cpus} CPUs if no run is disturbed: a point of n
     * tasks takes ceil(n / cpus) task times, one task a task time on each CPU in turn, plus half
     * a second per run for start-up and the model.
     */
    public double estimatedSeconds(int cpus) {
        double perRound = 0;
        for (int n : measuredCounts()) {
            perRound += n == 1 ? cpus * (taskSeconds + 0.5) : Math.ceil((double) n / cpus) * taskSeconds + 0.5;
        }
        return repetitions * perRound;
    }
}
