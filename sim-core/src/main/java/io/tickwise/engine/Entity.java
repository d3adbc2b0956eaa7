package io.tickwise.engine;

/**
 * A modelled thing with private state and a typed protocol {@code M} (a sealed interface of
 * records). It reacts to one message at a time and affects the world only by sending
 * timestamped messages through its {@link Context}; it never touches another entity's state,
 * which is what lets the same model run on either executor with the same result.
 */
@FunctionalInterface
public interface Entity<M> {
    void receive(M message, Context<M> context);
}
