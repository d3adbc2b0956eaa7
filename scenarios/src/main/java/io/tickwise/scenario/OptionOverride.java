package io.tickwise.scenario;

import io.tickwise.host.hypervisor.Placement;
import io.tickwise.input.BadInputException;
import io.tickwise.kernel.experiment.GuestOptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One scenario option set from the command line ({@code --option NAME=VALUE[,VALUE...]}),
 * replacing the file's value or list: a list sweeps the option like a list in the file does, so
 * that what-ifs and the hypotheses about the paper's unpublished details can be run on a
 * built-in scenario without editing a copy.
 */
public record OptionOverride(String name, List<String> values) {

    public static final String FLAG = "--option";
    private static final List<String> NAMES = List.of("turbo", "cStates", "placement", "honourSiblingPlacement", "bspWait",
            "mwaitInGuest", "apic", "tickWindow", "mainThread");

    public OptionOverride {
        values = List.copyOf(values);
    }

    /** Parses {@code NAME=VALUE[,VALUE...]}; anything else is bad input naming the flag. */
    public static OptionOverride parse(String text) {
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            throw BadInputException.option(FLAG, "expected NAME=VALUE[,VALUE...], got '" + text + "'");
        }
        String name = text.substring(0, equals).strip();
        if (!NAMES.contains(name)) {
            throw BadInputException.option(FLAG, "unknown option '" + name + "'; known: " + String.join(", ", NAMES));
        }
        List<String> values = Arrays.stream(text.substring(equals + 1).split(",")).map(String::strip).toList();
        if (values.stream().anyMatch(String::isEmpty)) {
            throw BadInputException.option(FLAG, "empty value in '" + text + "'");
        }
        OptionOverride override = new OptionOverride(name, values);
        override.parsedValues();
        return override;
    }

    /** The values as the option's type; bad input naming the flag when one is not of it. */
    private List<?> parsedValues() {
        return switch (name) {
            case "turbo", "cStates", "honourSiblingPlacement", "mwaitInGuest" -> booleans();
            case "placement" -> constants(Placement.class);
            case "bspWait" -> constants(GuestOptions.BspWait.class);
            case "apic" -> constants(GuestOptions.ApicMode.class);
            case "tickWindow" -> constants(GuestOptions.TickWindow.class);
            case "mainThread" -> constants(GuestOptions.MainThread.class);
            default -> throw new IllegalStateException("option " + name + " is listed but not handled");
        };
    }

    /** {@code o} with this option's values in place of its own. */
    public Options applyTo(Options o) {
        return switch (name) {
            case "turbo" -> new Options(booleans(), o.cStates(), o.placement(),
                    o.honourSiblingPlacement(), o.bspWait(), o.mwaitInGuest(), o.apic(), o.tickWindow(), o.mainThread());
            case "cStates" -> new Options(o.turbo(), booleans(), o.placement(),
                    o.honourSiblingPlacement(), o.bspWait(), o.mwaitInGuest(), o.apic(), o.tickWindow(), o.mainThread());
            case "placement" -> new Options(o.turbo(), o.cStates(),
                    constants(Placement.class), o.honourSiblingPlacement(), o.bspWait(), o.mwaitInGuest(), o.apic(),
                    o.tickWindow(), o.mainThread());
            case "honourSiblingPlacement" -> new Options(o.turbo(), o.cStates(),
                    o.placement(), booleans(), o.bspWait(), o.mwaitInGuest(), o.apic(), o.tickWindow(), o.mainThread());
            case "bspWait" -> new Options(o.turbo(), o.cStates(),
                    o.placement(), o.honourSiblingPlacement(), constants(GuestOptions.BspWait.class), o.mwaitInGuest(),
                    o.apic(), o.tickWindow(), o.mainThread());
            case "mwaitInGuest" -> new Options(o.turbo(), o.cStates(), o.placement(),
                    o.honourSiblingPlacement(), o.bspWait(), booleans(), o.apic(), o.tickWindow(), o.mainThread());
            case "apic" -> new Options(o.turbo(), o.cStates(),
                    o.placement(), o.honourSiblingPlacement(), o.bspWait(), o.mwaitInGuest(),
                    constants(GuestOptions.ApicMode.class), o.tickWindow(), o.mainThread());
            case "tickWindow" -> new Options(o.turbo(),
                    o.cStates(), o.placement(), o.honourSiblingPlacement(), o.bspWait(), o.mwaitInGuest(), o.apic(),
                    constants(GuestOptions.TickWindow.class), o.mainThread());
            case "mainThread" -> new Options(o.turbo(),
                    o.cStates(), o.placement(), o.honourSiblingPlacement(), o.bspWait(), o.mwaitInGuest(), o.apic(),
                    o.tickWindow(), constants(GuestOptions.MainThread.class));
            default -> throw new IllegalStateException("option " + name + " is listed but not handled");
        };
    }

    /** The command-line text this override was parsed from. */
    public String text() {
        return name + "=" + String.join(",", values);
    }

    private List<Boolean> booleans() {
        List<Boolean> parsed = new ArrayList<>();
        for (String value : values) {
            if (!value.equals("true") && !value.equals("false")) {
                throw BadInputException.option(FLAG, name + " must be true or false, got '" + value + "'");
            }
            parsed.add(Boolean.parseBoolean(value));
        }
        return parsed;
    }

    /** Enum constants by their file spelling: lower case with dashes (smt-aware, process-lifetime). */
    private <E extends Enum<E>> List<E> constants(Class<E> type) {
        List<E> parsed = new ArrayList<>();
        for (String value : values) {
            parsed.add(Arrays.stream(type.getEnumConstants()).filter(c -> spelling(c).equals(value)).findFirst()
                    .orElseThrow(() -> BadInputException.option(FLAG, name + " must be one of "
                            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(OptionOverride::spelling).toList())
                            + ", got '" + value + "'")));
        }
        return parsed;
    }

    private static String spelling(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
