package io.tickwise.report.findings;

/** What the results say about a finding. */
public enum Verdict {
    HELD("held"),
    NOT_HELD("not held"),
    /**
     * A comparison of systems whose paired 95 % intervals leave the answer open: where the
     * claim needs it, the interval straddles the threshold, so the results cannot tell.
     */
    WITHIN_NOISE("within noise"),
    /** The results lack a system or task count the check needs; neither held nor failed. */
    NOT_EVALUATED("not evaluated");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The verdict of several checks that must all hold: any gap wins, then any failure, then any doubt. */
    static Verdict allOf(Iterable<Verdict> verdicts) {
        boolean failed = false;
        boolean open = false;
        for (Verdict v : verdicts) {
            if (v == NOT_EVALUATED) {
                return NOT_EVALUATED;
            }
            failed |= v == NOT_HELD;
            open |= v == WITHIN_NOISE;
        }
        return failed ? NOT_HELD : open ? WITHIN_NOISE : HELD;
    }
}
