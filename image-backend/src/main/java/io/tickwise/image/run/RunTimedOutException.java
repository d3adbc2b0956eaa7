package io.tickwise.image.run;

import java.time.Duration;

/** A run that did not produce its result in time. Its whole process tree has been killed. */
public final class RunTimedOutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    public RunTimedOutException(String what, Duration timeout, String outputSoFar, String errorsSoFar) {
        super(what + " gave no result within " + timeout.toMillis() + " ms and was killed; output so far: "
                + orNone(outputSoFar) + "; stderr: " + orNone(errorsSoFar));
        this.timeout = timeout;
    }

    private static String orNone(String text) {
        return text.isBlank() ? "(none)" : text.strip();
    }

    public Duration timeout() {
        return timeout;
    }
}
