package io.tickwise.report.findings;

/** The verdict of one check with the numbers, or the reason it could not be made. */
public record CheckOutcome(Verdict verdict, String evidence) {

    static CheckOutcome missing(String reason) {
        return new CheckOutcome(Verdict.NOT_EVALUATED, reason);
    }

    static CheckOutcome of(boolean held, String evidence) {
        return new CheckOutcome(held ? Verdict.HELD : Verdict.NOT_HELD, evidence);
    }
}
