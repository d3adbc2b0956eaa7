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

    /** A binary min-heap of events by their ordering key; O(log n) insert and removal. */
    private static final class Heap {
        private Event[] heap = new Event[64];
        private int size;

        Event peek() {
            return size == 0 ? null : heap[0];
        }

        void add(Event event) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                Event p = heap[parent];
                if (!event.before(p)) {
                    break;
                }
                heap[i] = p;
                i = parent;
            }
            heap[i] = event;
        }

        void poll() {
            Event last = heap[--size];
            heap[size] = null;
            if (size > 0) {
                siftDown(last);
            }
        }

        private void siftDown(Event event) {
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                Event c = heap[child];
                int right = child + 1;
                if (right < size && heap[right].before(c)) {
                    child = right;
                    c = heap[child];
                }
                if (!c.before(event)) {
                    break;
                }
                heap[i] = c;
                i = child;
            }
            heap[i] = event;
        }
    }
}
