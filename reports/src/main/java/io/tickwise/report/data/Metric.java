package io.tickwise.report.data;

import io.tickwise.results.PairedRatio;
import io.tickwise.results.PointResult;
import io.tickwise.results.Summary;
import io.tickwise.results.VsBaseline;

import java.util.Optional;
import java.util.function.Function;

/** A measured quantity of a point, with the words and unit a reader sees on an axis. */
public enum Metric {
    TIME("time", "Execution time", "s", "s", PointResult::timeSeconds, VsBaseline::timeSeconds),
    /** USER_HZ = 100: a tick is a hundredth of a second of CPU time on one logical processor. */
    TICKS("ticks", "Host CPU ticks", "ticks", "1/100 s of CPU time", PointResult::ticks, VsBaseline::ticks),
    ENERGY("energy", "Energy", "J", "J", PointResult::energyJoules, VsBaseline::energyJoules);

    private final String key;
    private final String title;
    private final String unit;
    private final String axisUnit;
    private final Function<PointResult, Summary> summary;
    private final Function<VsBaseline, PairedRatio> vsBaseline;

    Metric(String key, String title, String unit, String axisUnit, Function<PointResult, Summary> summary,
           Function<VsBaseline, PairedRatio> vsBaseline) {
        this.key = key;
        this.title = title;
        this.unit = unit;
        this.axisUnit = axisUnit;
        this.summary = summary;
        this.vsBaseline = vsBaseline;
    }

    /** The lower-case name used in findings files and element ids. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    public String axisLabel() {
        return title + " (" + axisUnit + ")";
    }

    public Summary of(PointResult point) {
        return summary.apply(point);
    }

    /** The point's paired ratio to the baseline; empty in the baseline's own series or where it has no meaning. */
    public Optional<PairedRatio> vsBaseline(PointResult point) {
        return Optional.ofNullable(point.vsBaseline()).map(vsBaseline);
    }
}
