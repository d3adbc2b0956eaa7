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
import io.tickwise.scenario.LocalHost;
import io.tickwise.sweep.Simulator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How measured runs are calibrated before the comparison, on runs made up for the purpose. */
class CalibrationTest {

    private static final double ONE_TASK_SECONDS = 2.0;
    private static final double TWO_TASKS_SECONDS = 2.1;

    /**
     * Slowdowns of five rounds' work-free, single-task and two-task runs: in the last round the
     * machine is 1.5 times slower for everything it runs, in the first only for the single task.
     */
    private static final double[][] SLOWDOWN_BY_ROUND = {{1.0, 1.5, 1.0}, {1.0, 1.0, 1.0}, {1.0, 1.0, 1.0},
            {1.0, 1.0, 1.0}, {1.5, 1.5, 1.5}};

    private static Validation.Measurements measurements() {
        Backend backend = new Backend() {
            @Override
            public String name() {
                return "processes";
            }

            @Override
            public PointMeasurement run(RunRequest request) {
                throw new AssertionError("not run");
            }
        };
        ValidationPlan plan = new ValidationPlan(backend, List.of(1, 2), SLOWDOWN_BY_ROUND.length, 10_000, ONE_TASK_SECONDS, Duration.ofSeconds(10),
                List.of());
        List<List<PointMeasurement>> kept = List.of(new ArrayList<>(), new ArrayList<>());
        List<Long> startup = new ArrayList<>();
        for (double[] slowdown : SLOWDOWN_BY_ROUND) {
            startup.add(Math.round(10 * slowdown[0]));
            kept.get(0).add(run(1, ONE_TASK_SECONDS * slowdown[1]));
            kept.get(1).add(run(2, TWO_TASKS_SECONDS * slowdown[2]));
        }
        return new Validation.Measurements(plan, kept, List.of(0, 0), startup);
    }

    private static PointMeasurement run(int tasks, double taskSeconds) {
        long ticks = Math.round(100 * tasks * taskSeconds);
        return new PointMeasurement("processes", tasks, 10_000, taskSeconds + 0.01, 0.01, ticks, ticks, 2,
                List.of(new WorkerResult(0, tasks, 1229)), 1229);
    }

    private static BackendValidation compare(Calibration calibration, Statistic statistic) {
        HostTopology twoCores = new HostTopology(1, 2, 1, List.of(new LogicalCpu(0, 0, 0, List.of(0)), new LogicalCpu(1, 0, 1, List.of(1))), true,
                "made up");
        try (Simulator simulator = Simulator.start()) {
            return new Validation(LocalHost.model(twoCores), SystemsFiles.builtIn(), simulator, 1, statistic, calibration)
                    .compare(measurements());
        }
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
