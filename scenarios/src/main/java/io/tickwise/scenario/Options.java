package io.tickwise.scenario;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.tickwise.host.hypervisor.Placement;
import io.tickwise.kernel.experiment.GuestOptions;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What-if switches of a scenario, each a single value or a list of values to sweep: turbo,
 * C-states beyond C1 (off = the BIOS "Performance" profile), the host's thread placement, and
 * whether the host honours the multicore unikernel's sibling-first placement by pinning its vCPUs,
 * how the unikernel's bootstrap processor waits for the results (spin or halt), whether guests
 * have MWAIT and idle without VM exits (KVM's cpu-pm=on), xAPIC or x2APIC for the unikernel; and
 * two hypotheses about what the paper did not publish: the window its ticks were read over
 * (request or each VM process's life) and whether its pthread program's main thread joined or
 * spun.
 */
public record Options(
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Boolean> turbo,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Boolean> cStates,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Placement> placement,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Boolean> honourSiblingPlacement,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<GuestOptions.BspWait> bspWait,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Boolean> mwaitInGuest,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<GuestOptions.ApicMode> apic,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<GuestOptions.TickWindow> tickWindow,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<GuestOptions.MainThread> mainThread) {

    public Options {
        turbo = List.copyOf(turbo);
        cStates = List.copyOf(cStates);
        placement = List.copyOf(placement);
        honourSiblingPlacement = List.copyOf(honourSiblingPlacement);
        bspWait = List.copyOf(bspWait);
        mwaitInGuest = List.copyOf(mwaitInGuest);
        apic = List.copyOf(apic);
        tickWindow = List.copyOf(tickWindow);
        mainThread = List.copyOf(mainThread);
    }

    /** Every option's name, in file order. */
    public static List<String> names() {
        return Arrays.stream(Options.class.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** Every combination of the options' values, in file order (the last option varies fastest). */
    public List<PointOptions> product() {
        List<PointOptions> all = new ArrayList<>();
        for (boolean t : turbo) {
            for (boolean c : cStates) {
                for (Placement p : placement) {
                    for (boolean h : honourSiblingPlacement) {
                        for (GuestOptions.BspWait w : bspWait) {
                            for (boolean m : mwaitInGuest) {
                                for (GuestOptions.ApicMode a : apic) {
                                    for (GuestOptions.TickWindow k : tickWindow) {
                                        for (GuestOptions.MainThread j : mainThread) {
                                            all.add(new PointOptions(t, c, p, new GuestOptions(h, w, m, a, k, j)));
                                        }
                                    }
                                }
                            }
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
        if (mwaitInGuest.size() > 1) {
            axes.add("mwaitInGuest");
        }
        if (apic.size() > 1) {
            axes.add("apic");
        }
        if (tickWindow.size() > 1) {
            axes.add("tickWindow");
        }
        if (mainThread.size() > 1) {
            axes.add("mainThread");
        }
        return axes;
    }
}
