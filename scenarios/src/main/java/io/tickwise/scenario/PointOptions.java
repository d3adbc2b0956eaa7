package io.tickwise.scenario;

import io.tickwise.host.Fidelity;
import io.tickwise.host.HostOptions;
import io.tickwise.host.cpu.CoreSpeeds;
import io.tickwise.host.hypervisor.Placement;
import io.tickwise.kernel.experiment.GuestOptions;

import java.util.List;
import java.util.Locale;

/** One combination of the scenario's options: the host's what-ifs and the guests'. */
public record PointOptions(boolean turbo, boolean cStates, Placement placement, GuestOptions guest) {

    public HostOptions host(Fidelity fidelity, boolean traced) {
        return new HostOptions(turbo, cStates, placement, fidelity, traced, CoreSpeeds.EQUAL);
    }

    /** "name=value" for each of {@code axes}, to tell points of a sweep apart. */
    public String label(List<String> axes) {
        StringBuilder sb = new StringBuilder();
        for (String axis : axes) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(axis).append('=').append(value(axis));
        }
        return sb.toString();
    }

    private String value(String axis) {
        return switch (axis) {
            case "turbo" -> Boolean.toString(turbo);
            case "cStates" -> Boolean.toString(cStates);
            case "placement" -> placement.name().toLowerCase(Locale.ROOT).replace('_', '-');
            case "honourSiblingPlacement" -> Boolean.toString(guest.honourSiblingPlacement());
            case "bspWait" -> guest.bspWait().name().toLowerCase(Locale.ROOT);
            case "mwaitInGuest" -> Boolean.toString(guest.mwaitInGuest());
            case "apic" -> guest.apic().name().toLowerCase(Locale.ROOT);
            case "tickWindow" -> guest.tickWindow().name().toLowerCase(Locale.ROOT).replace('_', '-');
            case "mainThread" -> guest.mainThread().name().toLowerCase(Locale.ROOT);
            default -> throw new IllegalArgumentException("no option " + axis);
        };
    }
}
