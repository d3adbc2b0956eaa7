package io.tickwise.engine;

import java.util.Arrays;

/** A binary min-heap of events by their ordering key; O(log n) insert and removal, no boxing. */
final class EventQueue {
    private Event[] heap = new Event[256];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    Event peek() {
        return heap[0];
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

    Event poll() {
        Event first = heap[0];
        Event last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            siftDown(last);
        }
        return first;
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
