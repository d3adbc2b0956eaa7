package io.tickwise.host.thread;

import io.tickwise.engine.Context;
import io.tickwise.engine.EntityRef;

import java.util.function.Function;

/**
 * Who is told about a host thread's rate: an entity of any protocol plus the adapter that wraps
 * the host's notification into that protocol (so the host needs no knowledge of the owner).
 */
public record ThreadOwner<M>(EntityRef<M> ref, Function<RatesChanged, M> adapter) {

    public void tell(Context<?> context, RatesChanged change) {
        context.send(ref, adapter.apply(change), 0);
    }
}
