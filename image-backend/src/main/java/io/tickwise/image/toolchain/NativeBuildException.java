package io.tickwise.image.toolchain;

/** Our C sources did not build with this machine's tools; the message holds the tool output. */
public final class NativeBuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NativeBuildException(String message) {
        super(message);
    }
}
