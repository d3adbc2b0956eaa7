package io.tickwise.host.hypervisor;

import io.tickwise.host.cpu.Occupant;

import java.util.Arrays;
import java.util.List;

/**
 * A run queue changed by one thread, built straight into the immutable list that the host's
 * queues keep and the core is sent, with no list in between: the host changes a queue at every
 * wake-up, halt and exit, and almost every queue holds one or two threads.
 */
final class Occupants {
    private Occupants() {
    }

    static List<Occupant> with(List<Occupant> queue, Occupant added) {
        Occupant[] next = queue.toArray(new Occupant[queue.size() + 1]);
        next[queue.size()] = added;
        return listOf(next, next.length);
    }

    static List<Occupant> without(List<Occupant> queue, int thread) {
        Occupant[] next = new Occupant[queue.size()];
        int size = 0;
        for (Occupant o : queue) {
            if (o.thread() != thread) {
                next[size++] = o;
            }
        }
        return listOf(next, size);
    }

    /** {@code thread} stays where it is in the queue, doing {@code mode}. */
    static List<Occupant> withMode(List<Occupant> queue, int thread, Occupant.Mode mode) {
        Occupant[] next = queue.toArray(new Occupant[0]);
        for (int i = 0; i < next.length; i++) {
            if (next[i].thread() == thread) {
                next[i] = new Occupant(thread, mode, next[i].wakeupNs());
            }
        }
        return listOf(next, next.length);
    }

    private static List<Occupant> listOf(Occupant[] occupants, int size) {
        return switch (size) {
            case 0 -> List.of();
            case 1 -> List.of(occupants[0]);
            case 2 -> List.of(occupants[0], occupants[1]);
            default -> List.of(Arrays.copyOf(occupants, size));
        };
    }
}
