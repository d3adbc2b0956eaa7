package io.tickwise.report.findings;

/**
 * A paper finding checked against one results document.
 *
 * @param id        the finding's id in the catalog, e.g. {@code I1}
 * @param host      the host family it applies to ({@code intel} or {@code amd})
 * @param title     the finding in a few words
 * @param statement the paper's own words
 * @param verdict   held, not held, or not evaluated when the results lack what it needs
 * @param evidence  the numbers behind the verdict (or what was missing), one clause per check
 */
public record FindingResult(String id, String host, String title, String statement,
                            Verdict verdict, String evidence) {

    public boolean held() {
        return verdict == Verdict.HELD;
    }

    public boolean evaluated() {
        return verdict != Verdict.NOT_EVALUATED;
    }
}
