package io.tickwise.host.thread;

import java.util.List;

/** Sent by a physical core to a thread's owner: from now on these threads run at these rates. */
public record RatesChanged(List<ThreadRate> rates) {
    public RatesChanged {
        rates = List.copyOf(rates);
    }
}
