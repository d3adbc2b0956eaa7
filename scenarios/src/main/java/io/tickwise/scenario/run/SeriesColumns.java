package io.tickwise.scenario.run;

import io.tickwise.results.Series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Column labels for the series of a results document. In full, a series keeps its name. In the
 * summary, whose six columns should fit a terminal, a system becomes its initials ({@code mu}
 * for multicore-unikernel), and a sweep's series — whose name repeats every option value,
 * {@code [turbo=true,bspWait=spin,…]} — also a letter for its option values ({@code mu/A}); a
 * legend explains each once.
 */
record SeriesColumns(List<String> labels, List<String> legend) {

    static SeriesColumns of(List<Series> series, TableLayout layout) {
        List<String> names = series.stream().map(Series::system).toList();
        if (layout == TableLayout.FULL) {
            return new SeriesColumns(names, List.of());
        }
        Map<String, String> systems = new LinkedHashMap<>();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (String name : names) {
            int bracket = name.indexOf(" [");
            String system = bracket < 0 ? name : name.substring(0, bracket);
            String values = bracket < 0 ? "" : name.substring(bracket + 2, name.length() - 1);
            String shortSystem = systems.computeIfAbsent(system, s -> initials(s, systems));
            String letter = options.computeIfAbsent(values, v -> letter(options.size()));
            labels.add(values.isEmpty() ? shortSystem : shortSystem + "/" + letter);
        }
        List<String> legend = new ArrayList<>();
        systems.forEach((system, initials) -> legend.add(initials + " = " + system));
        options.forEach((values, letter) -> {
            if (!values.isEmpty()) {
                legend.add(letter + " = " + values.replace(",", ", "));
            }
        });
        return new SeriesColumns(labels, legend);
    }

    /** The first letter of each word of a system id; the full id if another system has the same initials. */
    private static String initials(String system, Map<String, String> taken) {
        StringBuilder sb = new StringBuilder();
        for (String word : system.split("-")) {
            if (!word.isEmpty()) {
                sb.append(word.charAt(0));
            }
        }
        String initials = sb.toString().toLowerCase(Locale.ROOT);
        return taken.containsValue(initials) ? system : initials;
    }

    /** A, B, … Z, AA, AB, …: as many letters as option combinations. */
    private static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : letter(index / 26 - 1) + letter(index % 26);
    }
}
