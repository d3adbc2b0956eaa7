package io.tickwise.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Task counts written as ranges and lists: {@code 1..144}, {@code 1,2,4}, or a mix such as {@code 1..8,16,32}. */
public final class TaskAxis {
    /** More tasks than this is surely a typo, and would not fit the heap limit of any built-in host. */
    public static final int MAX_TASKS = 65_536;

    private TaskAxis() {
    }

    /** The sorted, distinct task counts; an {@link IllegalArgumentException} says what is wrong. */
    public static List<Integer> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no task counts given");
        }
        TreeSet<Integer> counts = new TreeSet<>();
        for (String part : text.split(",")) {
            String item = part.strip();
            int dots = item.indexOf("..");
            if (dots >= 0) {
                int from = count(item.substring(0, dots));
                int to = count(item.substring(dots + 2));
                if (from > to) {
                    throw new IllegalArgumentException("range " + item + " runs backwards");
                }
                for (int n = from; n <= to; n++) {
                    counts.add(n);
                }
            } else {
                counts.add(count(item));
            }
        }
        return new ArrayList<>(counts);
    }

    private static int count(String text) {
        String t = text.strip();
        long value;
        try {
            value = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not a task count");
        }
        if (value < 1 || value > MAX_TASKS) {
            throw new IllegalArgumentException("task count " + t + " is outside 1.." + MAX_TASKS);
        }
        return (int) value;
    }
}
