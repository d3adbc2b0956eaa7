package io.tickwise.scenario.run;

import io.tickwise.results.ResultsDocument;
import io.tickwise.sweep.PointOutcome;
import io.tickwise.sweep.Simulator;
import io.tickwise.sweep.SweepListener;
import io.tickwise.sweep.SweepPlan;

import java.util.List;

/** A scenario's runs as one sweep plan, and the results document made of the sweep's outcomes. */
public interface ScenarioStudy {

    SweepPlan plan();

    /** Runs the plan on {@code simulator}; {@code listener} hears of progress. */
    ResultsDocument execute(Simulator simulator, SweepListener listener);

    /** The document of the plan's outcomes, wherever they were computed; traced runs are run again on {@code simulator}. */
    ResultsDocument document(List<PointOutcome> outcomes, Simulator simulator, double wallSeconds, List<String> nodes);
}
