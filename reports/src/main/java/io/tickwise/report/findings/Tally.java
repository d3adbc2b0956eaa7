package io.tickwise.report.findings;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the task counts where a per-point condition holds, fails, or (for a paired interval
 * across the threshold) cannot be told, for a check with a quorum.
 */
final class Tally {

    private static final int SHOWN = 5;

    private final List<Integer> failures = new ArrayList<>();
    private final List<Integer> undecided = new ArrayList<>();
    private int points;

    void record(int tasks, boolean held) {
        record(tasks, held ? Verdict.HELD : Verdict.NOT_HELD);
    }

    /** Records a point's verdict: held, not held, or within noise. */
    void record(int tasks, Verdict verdict) {
        points++;
        if (verdict == Verdict.NOT_HELD) {
            failures.add(tasks);
        } else if (verdict == Verdict.WITHIN_NOISE) {
            undecided.add(tasks);
        } else if (verdict != Verdict.HELD) {
            throw new IllegalArgumentException("a point is held, not held or within noise, not " + verdict);
        }
    }

    int held() {
        return points - failures.size() - undecided.size();
    }

    boolean reaches(double quorum) {
        return held() >= quorum * points;
    }

    /**
     * Held when the held points reach the quorum; not held when they could not even if every
     * point within noise held; within noise otherwise.
     */
    Verdict verdict(double quorum) {
        if (reaches(quorum)) {
            return Verdict.HELD;
        }
        return held() + undecided.size() < quorum * points ? Verdict.NOT_HELD : Verdict.WITHIN_NOISE;
    }

    /** E.g. "27 of 29 points (fails at 8, 9 tasks; within noise at 12 tasks)". */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(held()).append(" of ").append(points).append(" points");
        List<String> parts = new ArrayList<>();
        if (!failures.isEmpty()) {
            parts.add("fails at " + list(failures));
        }
        if (!undecided.isEmpty()) {
            parts.add("within noise at " + list(undecided));
        }
        if (!parts.isEmpty()) {
            text.append(" (").append(String.join("; ", parts)).append(")");
        }
        return text.toString();
    }

    private static String list(List<Integer> tasks) {
        StringBuilder text = new StringBuilder(String.join(", ", tasks.stream().limit(SHOWN).map(String::valueOf).toList()));
        if (tasks.size() > SHOWN) {
            text.append(" and ").append(tasks.size() - SHOWN).append(" more");
        }
        return text.append(" tasks").toString();
    }
}
