package io.tickwise.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Which runs wait and which run where. Each worker holds at most its capacity of runs at once
 * (back-pressure); the runs of a worker that is lost or unreachable go back to the head of
 * the queue, to be handed out before any fresh run.
 *
 * @param <W> how workers are named
 */
final class Assignments<W> {
    private final Deque<Long> waiting = new ArrayDeque<>();
    private final Map<W, Assignee> workers = new LinkedHashMap<>();

    private static final class Assignee {
        final int capacity;
        final Set<Long> outstanding = new LinkedHashSet<>();
        boolean reachable = true;

        Assignee(int capacity) {
            this.capacity = capacity;
        }
    }

    void enqueue(long run) {
        waiting.addLast(run);
    }

    void addWorker(W worker, int capacity) {
        workers.putIfAbsent(worker, new Assignee(capacity));
    }

    boolean hasWorker(W worker) {
        return workers.containsKey(worker);
    }

    Collection<W> workers() {
        return List.copyOf(workers.keySet());
    }

    int reachableWorkers() {
        return (int) workers.values().stream().filter(a -> a.reachable).count();
    }

    /** Fills the worker up to its capacity with waiting runs not yet {@code done}; empty when it is full or unreachable. */
    long[] take(W worker, LongPredicate done) {
        Assignee a = workers.get(worker);
        if (a == null || !a.reachable) {
            return new long[0];
        }
        List<Long> taken = new ArrayList<>();
        while (a.outstanding.size() < a.capacity && !waiting.isEmpty()) {
            long run = waiting.removeFirst();
            if (!done.test(run)) {
                a.outstanding.add(run);
                taken.add(run);
            }
        }
        return taken.stream().mapToLong(Long::longValue).toArray();
    }

    /** The worker answered for the run (perhaps late, after the run was handed to another). */
    void answered(W worker, long run) {
        Assignee a = workers.get(worker);
        if (a != null) {
            a.outstanding.remove(run);
        }
    }

    /** The worker cannot be heard: its runs go to others; it gets nothing new until it is reachable again. */
    void unreachable(W worker) {
        Assignee a = workers.get(worker);
        if (a != null) {
            a.reachable = false;
            requeue(a);
        }
    }

    void reachable(W worker) {
        Assignee a = workers.get(worker);
        if (a != null) {
            a.reachable = true;
        }
    }

    void remove(W worker) {
        Assignee a = workers.remove(worker);
        if (a != null) {
            requeue(a);
        }
    }

    private void requeue(Assignee a) {
        List<Long> runs = new ArrayList<>(a.outstanding);
        a.outstanding.clear();
        for (int i = runs.size() - 1; i >= 0; i--) {
            waiting.addFirst(runs.get(i));
        }
    }
}
