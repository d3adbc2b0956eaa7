package io.tickwise.report.findings;

/** What the results say about a finding. */
public enum Verdict {
    HELD("held"),
    NOT_HELD("not held"),
    /** The results lack a system or task count the check needs; neither held nor failed. */
    NOT_EVALUATED("not evaluated");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The verdict of several checks that must all hold: any gap wins, then any failure. */
    static Verdict allOf(Iterable<Verdict> verdicts) {
        boolean failed = false;
        for (Verdict v : verdicts) {
            if (v == NOT_EVALUATED) {
                return NOT_EVALUATED;
            }
            failed |= v == NOT_HELD;
        }
        return failed ? NOT_HELD : HELD;
    }
}
