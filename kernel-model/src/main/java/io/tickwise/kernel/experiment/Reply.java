package io.tickwise.kernel.experiment;

/** The UDP answer: the sum over {@code tasks} tasks is ready. */
public record Reply(int tasks) {
}
