package io.tickwise.validation;

import io.tickwise.image.run.Backend;
import io.tickwise.image.run.PointMeasurement;
import io.tickwise.image.run.RunRequest;
import io.tickwise.image.run.WorkerResult;
import io.tickwise.image.topology.HostTopology;
import io.tickwise.image.topology.LogicalCpu;
import io.tickwise.kernel.spec.SystemsFiles;
import io.tickwise.results.BackendValidation;
import io.tickwise.results.ValidationPoint;
import io.tickwise.sweep.Simulator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How measured runs are calibrated before the comparison, and how the CPUs' measured speeds enter
 * the model, on runs made up for the purpose.
 */
class CalibrationTest {

    private static final double ONE_TASK_SECONDS = 2.0;
    private static final double TWO_TASKS_SECONDS = 2.1;

    /**
     * Slowdowns of five rounds' work-free, single-task and two-task runs: in the last round the
     * machine is 1.5 times slower for everything it runs, in the first only for the single task.
     */
    private static final double[][] SLOWDOWN_BY_ROUND = {{1.0, 1.5, 1.0}, {1.0, 1.0, 1.0}, {1.0, 1.0, 1.0},
            {1.0, 1.0, 1.0}, {1.5, 1.5, 1.5}};

    private static final HostTopology TWO_CORES = new HostTopology(1, 2, 1,
            List.of(new LogicalCpu(0, 0, 0, List.of(0)), new LogicalCpu(1, 0, 1, List.of(1))), true, "made up");

    private static final Backend PROCESSES = new Backend() {
        @Override
        public String name() {
            return "processes";
        }

        @Override
        public PointMeasurement run(RunRequest request) {
            throw new AssertionError("not run");
        }
    };

    private static Validation.Measurements measurements() {
        ValidationPlan plan = new ValidationPlan(PROCESSES, List.of(1, 2), SLOWDOWN_BY_ROUND.length, 10_000, ONE_TASK_SECONDS,
                Duration.ofSeconds(10), List.of());
        List<List<PointMeasurement>> kept = List.of(new ArrayList<>(), new ArrayList<>());
        List<Long> startup = new ArrayList<>();
        for (double[] slowdown : SLOWDOWN_BY_ROUND) {
            startup.add(Math.round(10 * slowdown[0]));
            kept.get(0).add(run(1, ONE_TASK_SECONDS * slowdown[1]));
            kept.get(0).add(run(1, ONE_TASK_SECONDS * slowdown[1]));
            kept.get(1).add(run(2, TWO_TASKS_SECONDS * slowdown[2]));
        }
        return new Validation.Measurements(plan, List.of(0, 1), kept, List.of(0, 0), startup);
    }

    private static PointMeasurement run(int tasks, double taskSeconds) {
        return run(tasks, taskSeconds, Math.round(100 * tasks * taskSeconds));
    }

    private static PointMeasurement run(int tasks, double taskSeconds, long ticks) {
        return new PointMeasurement("processes", tasks, 10_000, taskSeconds + 0.01, 0.01, ticks, ticks, 2,
                List.of(new WorkerResult(0, tasks, 1229)), 1229);
    }

    private static BackendValidation compare(Validation.Measurements measured, Calibration calibration, Statistic statistic,
                                             CpuSpeedModel model) {
        try (Simulator simulator = Simulator.start()) {
            return new Validation(TWO_CORES, SystemsFiles.builtIn(), simulator, 1, statistic, calibration)
                    .compare(measured, model);
        }
    }

    private static BackendValidation compare(Calibration calibration, Statistic statistic) {
        return compare(measurements(), calibration, statistic, CpuSpeedModel.MEASURED);
    }

    /**
     * A machine whose CPUs run the task at 2.0 and 3.5 s, the slow one changing after two rounds:
     * two tasks take the slow CPU's time, and the ticks of one task on each.
     */
    private static Validation.Measurements unequalCpus() {
        ValidationPlan plan = new ValidationPlan(PROCESSES, List.of(1, 2), 5, 10_000, 2.0, Duration.ofSeconds(10), List.of());
        List<List<PointMeasurement>> kept = List.of(new ArrayList<>(), new ArrayList<>());
        List<Long> startup = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            startup.add(0L);
            kept.get(0).add(run(1, r < 2 ? 2.0 : 3.5));
            kept.get(0).add(run(1, r < 2 ? 3.5 : 2.0));
            kept.get(1).add(run(2, 3.5, 200 + 350));
        }
        return new Validation.Measurements(plan, List.of(0, 1), kept, List.of(0, 0), startup);
    }

    @Test
    void perRoundCalibrationExpressesEveryRunAtTheSpeedOfTheComparedSingleTaskRun() {
        BackendValidation v = compare(Calibration.PER_ROUND, Statistic.MEDIAN);
        assertEquals("per-round", v.calibration());
        // The single-task runs as measured, 3.0, 2.0, 2.0, 2.0 and 3.0 s: median 2.0 s.
        assertEquals(2.0, v.singleTaskSeconds().min(), 1e-12);
        assertEquals(2.0, v.singleTaskSeconds().median(), 1e-12);
        assertEquals(3.0, v.singleTaskSeconds().max(), 1e-12);
        ValidationPoint two = v.points().get(1);
        // Round 1: 2.1 s beside a single-task run of 3.0 s, so 1.4 s at 2.0 s; the others 2.1 s.
        assertEquals(1.4, two.measuredSecondsMin(), 1e-12);
        assertEquals(TWO_TASKS_SECONDS, two.measuredSecondsMedian(), 1e-12);
        assertEquals(TWO_TASKS_SECONDS, two.measuredSecondsMax(), 1e-12);
        assertEquals(TWO_TASKS_SECONDS, two.measuredSeconds(), 1e-12);
        // Ticks scale with their round too: 630 ticks in round 5 are 420 at the compared speed.
        assertEquals(420, two.measuredTicksMedian(), 1e-9);
        // The work-free runs as well: 15 ticks in round 5 are 10, round 1's 10 are 6.67.
        assertEquals(10, v.startup().maxTicks(), 1e-9);
        assertEquals(6.6667, v.startup().minTicks(), 1e-4);
        ValidationPoint one = v.points().get(0);
        assertEquals(ONE_TASK_SECONDS, one.measuredSecondsMin(), 1e-12);
        assertEquals(ONE_TASK_SECONDS, one.measuredSecondsMax(), 1e-12);
        assertEquals(10, one.runs(), "one task on each of two CPUs in five rounds");
    }

    @Test
    void runsComparedAsMeasuredKeepTheMachinesSpeedChanges() {
        BackendValidation v = compare(Calibration.ONCE, Statistic.MEDIAN);
        ValidationPoint two = v.points().get(1);
        assertEquals(TWO_TASKS_SECONDS, two.measuredSecondsMin(), 1e-12);
        assertEquals(TWO_TASKS_SECONDS * 1.5, two.measuredSecondsMax(), 1e-12);
        assertEquals(15, v.startup().maxTicks(), 1e-9);
        assertEquals(v.points(), compare(Calibration.ONCE, Statistic.MEDIAN).points(), "deterministic");
    }

    @Test
    void measuredCpuSpeedsPredictAMachineWhoseCpusRunAtDifferentSpeeds() {
        BackendValidation v = compare(unequalCpus(), Calibration.PER_ROUND, Statistic.MEDIAN, CpuSpeedModel.MEASURED);
        assertEquals("measured", v.cpuSpeeds());
        assertEquals(2.0, v.singleTaskSeconds().median(), 1e-9, "the fastest CPU calibrates");
        assertEquals(1.75, v.largestRoundSpeedRatio(), 1e-9);
        List<BackendValidation.CpuProbe> lastRound = v.singleTaskByRound().get(4);
        assertEquals(List.of(0, 1), lastRound.stream().map(BackendValidation.CpuProbe::cpu).toList());
        assertEquals(3.5, lastRound.get(0).seconds(), 1e-9);
        assertEquals(2.0, lastRound.get(1).seconds(), 1e-9);
        ValidationPoint two = v.points().get(1);
        assertEquals(3.5, two.simulatedSeconds(), 0.02 * 3.5, "the slow CPU's task ends the run: " + two);
        assertEquals(550, two.simulatedTicks(), 0.02 * 550, two.toString());
        ValidationPoint one = v.points().get(0);
        assertEquals(2.75, one.measuredSeconds(), 1e-9, "the mean of the two CPUs' runs");
        assertEquals(2.75, one.simulatedSeconds(), 0.02 * 2.75, one.toString());
        assertTrue(v.timeMAPE() < 2, "time error " + v.timeMAPE());
        assertEquals("equal", v.otherCpuSpeeds().cpuSpeeds());
        // Taken as equal, both CPUs run at the mean, 2.75 s: two tasks end 21 % early.
        assertTrue(v.otherCpuSpeeds().timeMAPE() > 15, "time error with equal CPUs " + v.otherCpuSpeeds().timeMAPE());
    }

    @Test
    void theEqualCpuModelIsCalibratedByTheMeanOfTheCpus() {
        BackendValidation v = compare(unequalCpus(), Calibration.PER_ROUND, Statistic.MEDIAN, CpuSpeedModel.EQUAL);
        assertEquals("equal", v.cpuSpeeds());
        assertEquals(2.75, v.singleTaskSeconds().median(), 1e-9);
        assertEquals(2.75, v.points().get(1).simulatedSeconds(), 0.02 * 2.75);
        assertTrue(v.otherCpuSpeeds().timeMAPE() < 2, "the measured speeds' error " + v.otherCpuSpeeds().timeMAPE());
    }

    @Test
    void measurementsMustHoldOneSingleTaskRunPerCpuAndRound() {
        Validation.Measurements m = unequalCpus();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Validation.Measurements(
                m.plan(), List.of(0), m.kept(), m.disturbed(), m.startupTicks()));
        assertTrue(e.getMessage().contains("1 tasks: 10 runs for 5 rounds on 1 CPUs, expected 5"), e.getMessage());
    }

    @Test
    void theMinimumIsTakenAfterCalibration() {
        assertEquals(1.4, compare(Calibration.PER_ROUND, Statistic.MIN).points().get(1).measuredSeconds(), 1e-12);
        assertEquals(TWO_TASKS_SECONDS, compare(Calibration.ONCE, Statistic.MIN).points().get(1).measuredSeconds(), 1e-12);
    }

    @Test
    void theSimulationIsCalibratedByTheComparedSingleTaskTime() {
        BackendValidation v = compare(Calibration.PER_ROUND, Statistic.MEDIAN);
        ValidationPoint one = v.points().get(0);
        assertTrue(Math.abs(one.simulatedSeconds() - ONE_TASK_SECONDS) < 0.001 + 0.01 * ONE_TASK_SECONDS, one.toString());
    }
}
