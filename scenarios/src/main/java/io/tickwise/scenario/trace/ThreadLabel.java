package io.tickwise.scenario.trace;

import io.tickwise.host.cpu.Occupant;

import java.util.List;

/** A host thread on a processor as traces and timelines name it: marked when it only polled or idled in its guest. */
public final class ThreadLabel {
    private ThreadLabel() {
    }

    public static String of(Occupant occupant, List<String> names) {
        String name = names.get(occupant.thread());
        return switch (occupant.mode()) {
            case RUN -> name;
            case POLL -> name + " (halt-poll)";
            case IDLE_IN_GUEST -> name + " (idle in guest)";
        };
    }
}
