package io.tickwise.kernel.experiment;

import io.tickwise.engine.Port;

/** The UDP request: compute {@code tasks} prime-counting tasks and answer on {@code replyTo}. */
public record Request(int tasks, Port<Reply> replyTo) {
}
