package io.tickwise.report.findings;

import java.util.ArrayList;
import java.util.List;

/** Counts the task counts where a per-point condition holds, for a check with a quorum. */
final class Tally {

    private static final int FAILURES_SHOWN = 5;

    private final List<Integer> failures = new ArrayList<>();
    private int points;

    void record(int tasks, boolean held) {
        points++;
        if (!held) {
            failures.add(tasks);
        }
    }

    int held() {
        return points - failures.size();
    }

    boolean reaches(double quorum) {
        return held() >= quorum * points;
    }

    /** E.g. "27 of 29 points (fails at 8, 9)". */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(held()).append(" of ").append(points).append(" points");
        if (!failures.isEmpty()) {
            List<String> shown = failures.stream().limit(FAILURES_SHOWN).map(String::valueOf).toList();
            text.append(" (fails at ").append(String.join(", ", shown));
            if (failures.size() > FAILURES_SHOWN) {
                text.append(" and ").append(failures.size() - FAILURES_SHOWN).append(" more");
            }
            text.append(" tasks)");
        }
        return text.toString();
    }
}
