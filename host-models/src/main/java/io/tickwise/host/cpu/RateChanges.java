package io.tickwise.host.cpu;

import io.tickwise.engine.Context;
import io.tickwise.engine.Port;
import io.tickwise.host.thread.RatesChanged;
import io.tickwise.host.thread.ThreadRate;
import io.tickwise.host.thread.ThreadTable;

import java.util.ArrayList;
import java.util.List;

/** The rate changes of one event, gathered per owner so each owner hears once. */
final class RateChanges {
    private final ThreadTable threads;
    private final List<Port<RatesChanged>> owners = new ArrayList<>(2);
    /** Per owner, in the order of {@link #owners}; the lists outlive an event (the message copies them), so they are reused. */
    private final List<List<ThreadRate>> rates = new ArrayList<>(2);

    RateChanges(ThreadTable threads) {
        this.threads = threads;
    }

    void add(int thread, double rate) {
        Port<RatesChanged> owner = threads.get(thread).owner();
        int index = owners.indexOf(owner);
        if (index < 0) {
            owners.add(owner);
            index = owners.size() - 1;
            if (index == rates.size()) {
                rates.add(new ArrayList<>(2));
            }
        }
        rates.get(index).add(new ThreadRate(thread, rate));
    }

    void send(Context<?> context) {
        for (int i = 0; i < owners.size(); i++) {
            owners.get(i).send(context, new RatesChanged(immutable(rates.get(i))), 0);
            rates.get(i).clear();
        }
        owners.clear();
    }

    /** The message's own list, made without the array that copying a list of one or two goes through. */
    private static List<ThreadRate> immutable(List<ThreadRate> rates) {
        return switch (rates.size()) {
            case 1 -> List.of(rates.get(0));
            case 2 -> List.of(rates.get(0), rates.get(1));
            default -> List.copyOf(rates);
        };
    }
}
