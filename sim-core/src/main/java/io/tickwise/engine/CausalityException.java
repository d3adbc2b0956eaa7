package io.tickwise.engine;

/** A message scheduled into the past, or closer than the declared lookahead: a model bug. */
public final class CausalityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CausalityException(String message) {
        super(message);
    }
}
