package io.tickwise.image.run;

/** A run that ended, or reported, without a consistent result; the message says what it printed. */
public final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunFailedException(String message) {
        super(message);
    }
}
