package io.tickwise.scenario;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.tickwise.host.hypervisor.Placement;
import io.tickwise.kernel.experiment.GuestOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * What-if switches of a scenario, each a single value or a list of values to sweep: turbo,
 * C-states beyond C1 (off = the BIOS "Performance" profile), the host's thread placement, and
 * whether the host honours the multicore unikernel's sibling-first placement by pinning its vCPUs,
 * and how the unikernel's bootstrap processor waits for the results (spin or halt).
 */
public record Options(
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Boolean> turbo,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Boolean> cStates,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Placement> placement,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Boolean> honourSiblingPlacement,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<GuestOptions.BspWait> bspWait) {

    public Options {
        turbo = List.copyOf(turbo);
        cStates = List.copyOf(cStates);
        placement = List.copyOf(placement);
        honourSiblingPlacement = List.copyOf(honourSiblingPlacement);
        bspWait = List.copyOf(bspWait);
    }

    /** Every combination of the options' values, in file order (the last option varies fastest). */
    public List<PointOptions> product() {
        List<PointOptions> all = new ArrayList<>();
        for (boolean t : turbo) {
            for (boolean c : cStates) {
                for (Placement p : placement) {
                    for (boolean h : honourSiblingPlacement) {
                        for (GuestOptions.BspWait w : bspWait) {
                            all.add(new PointOptions(t, c, p, h, w));
                        }
                    }
                }
            }
        }
        return all;
    }

    /** The names of the options given more than one value: they label the series. */
    public List<String> axes() {
        List<String> axes = new ArrayList<>();
        if (turbo.size() > 1) {
            axes.add("turbo");
        }
        if (cStates.size() > 1) {
            axes.add("cStates");
        }
        if (placement.size() > 1) {
            axes.add("placement");
        }
        if (honourSiblingPlacement.size() > 1) {
            axes.add("honourSiblingPlacement");
        }
        if (bspWait.size() > 1) {
            axes.add("bspWait");
        }
        return axes;
    }
}
