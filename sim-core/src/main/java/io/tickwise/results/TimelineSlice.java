package io.tickwise.results;

import java.util.List;

/**
 * An interval in which {@code threads} held a processor, sharing it equally when there are
 * several; a thread that only halt-polled or idled in its guest is labelled so, e.g.
 * {@code "ubuntu-vcpu-3 (halt-poll)"}.
 */
public record TimelineSlice(double startSeconds, double endSeconds, List<String> threads) {
    public TimelineSlice {
        threads = List.copyOf(threads);
    }
}
