package io.tickwise.engine;

import java.util.Arrays;

/**
 * Pending events by their ordering key. Most messages are sent with no delay, to the instant
 * being run; they go to a small heap of their own, so they do not sift through the many
 * events of later instants. The next event is the smaller of the two heaps' heads.
 */
final class EventQueue {
    private final Heap present = new Heap();
    private final Heap future = new Heap();
    private long now = Long.MIN_VALUE;

    boolean isEmpty() {
        return present.size == 0 && future.size == 0;
    }

    Event peek() {
        if (present.size == 0) {
            return future.peek();
        }
        if (future.size == 0) {
            return present.peek();
        }
        return present.peek().before(future.peek()) ? present.peek() : future.peek();
    }

    void add(Event event) {
        (event.time == now ? present : future).add(event);
    }

    Event poll() {
        Event next = peek();
        (next == present.peek() && present.size > 0 ? present : future).poll();
        now = next.time;
        return next;
    }

    /**
     * A binary min-heap of events by their ordering key; O(log n) insert and removal. Each
     * slot's time is kept beside it in a primitive array: most comparisons are decided by the
     * time alone, and reading it there spares a visit to the event object at every level.
     */
    private static final class Heap {
        private Event[] heap = new Event[64];
        private long[] times = new long[64];
        private int size;

        Event peek() {
            return size == 0 ? null : heap[0];
        }

        void add(Event event) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size * 2);
                times = Arrays.copyOf(times, size * 2);
            }
            long time = event.time;
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                long parentTime = times[parent];
                if (time > parentTime || (time == parentTime && !event.before(heap[parent]))) {
                    break;
                }
                heap[i] = heap[parent];
                times[i] = parentTime;
                i = parent;
            }
            heap[i] = event;
            times[i] = time;
        }

        void poll() {
            Event last = heap[--size];
            heap[size] = null;
            if (size > 0) {
                siftDown(last);
            }
        }

        private void siftDown(Event event) {
            long time = event.time;
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                long childTime = times[child];
                int right = child + 1;
                if (right < size && (times[right] < childTime
                        || (times[right] == childTime && heap[right].before(heap[child])))) {
                    child = right;
                    childTime = times[right];
                }
                if (childTime > time || (childTime == time && !heap[child].before(event))) {
                    break;
                }
                heap[i] = heap[child];
                times[i] = childTime;
                i = child;
            }
            heap[i] = event;
            times[i] = time;
        }
    }
}
