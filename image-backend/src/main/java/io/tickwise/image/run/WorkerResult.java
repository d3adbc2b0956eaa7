package io.tickwise.image.run;

/**
 * What one worker reported: the APIC ID of the processor in the image, the task index for a
 * Linux process or thread (each of which runs exactly one task).
 */
public record WorkerResult(int worker, int tasksRun, long primes) {
}
