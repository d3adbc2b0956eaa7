package io.tickwise.engine;

import java.util.function.Function;

/**
 * Where to send messages of type {@code T}: an entity of any protocol together with the
 * adapter that wraps a {@code T} into that protocol, so a sender needs to know nothing of the
 * receiver but this port (as a Pekko message adapter does for actors).
 */
public interface Port<T> {

    void send(Context<?> from, T message, long delayNs);

    static <T, M> Port<T> of(EntityRef<M> ref, Function<T, M> adapter) {
        return (from, message, delayNs) -> from.send(ref, adapter.apply(message), delayNs);
    }
}
