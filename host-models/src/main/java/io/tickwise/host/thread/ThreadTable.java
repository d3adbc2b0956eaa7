package io.tickwise.host.thread;

import io.tickwise.engine.Port;

import java.util.ArrayList;
import java.util.List;

/**
 * The host threads of one run, registered while the run is built and read-only once it starts:
 * configuration the host entities share, not state they exchange.
 */
public final class ThreadTable {
    private final List<HostThread> threads = new ArrayList<>();
    private boolean frozen;

    public int add(String name, HostThread.Kind kind, Port<RatesChanged> owner, int pinnedTo, int lastRanOn) {
        if (frozen) {
            throw new IllegalStateException("host threads are registered while the run is built");
        }
        int id = threads.size();
        threads.add(new HostThread(id, name, kind, owner, pinnedTo, lastRanOn));
        return id;
    }

    public void freeze() {
        frozen = true;
    }

    public HostThread get(int id) {
        return threads.get(id);
    }

    public int size() {
        return threads.size();
    }
}
