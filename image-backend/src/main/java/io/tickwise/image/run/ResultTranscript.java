package io.tickwise.image.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The line protocol that the Linux runner and the SMP image share:
 * <pre>
 *   ready [anything]
 *   result WORKER TASKS_RUN PRIMES     one per worker that ran tasks
 *   sum TOTAL                          the last line before the worker waits for release
 *   error MESSAGE                      instead of a result
 * </pre>
 * Other lines (firmware chatter) are kept for diagnostics only.
 */
final class ResultTranscript {

    enum Line { READY, RESULT, SUM, OTHER }

    private static final int KEPT_CHARACTERS = 4096;

    private final String source;
    private final StringBuilder transcript = new StringBuilder();
    private final List<WorkerResult> workers = new ArrayList<>();
    private long sum = -1;

    ResultTranscript(String source) {
        this.source = source;
    }

    /** Records one line; an {@code error} line becomes a {@link RunFailedException}. */
    synchronized Line accept(String line) {
        if (transcript.length() < KEPT_CHARACTERS) {
            transcript.append(line).append('\n');
        }
        String[] words = line.strip().split("\\s+");
        switch (words[0]) {
            case "ready":
                return Line.READY;
            case "result":
                expectWords(words, 4, line);
                workers.add(new WorkerResult(parseInt(words[1], line), parseInt(words[2], line),
                        parseLong(words[3], line)));
                return Line.RESULT;
            case "sum":
                expectWords(words, 2, line);
                sum = parseLong(words[1], line);
                return Line.SUM;
            case "error":
                throw new RunFailedException(source + " reported: " + line.strip().substring("error".length()).strip());
            default:
                return Line.OTHER;
        }
    }

    synchronized String text() {
        return transcript.toString();
    }

    synchronized long sum() {
        return sum;
    }

    /** Workers by id; fails unless they ran exactly the requested tasks and add up to the sum. */
    synchronized List<WorkerResult> consistentWorkers(int tasks) {
        long tasksRun = workers.stream().mapToLong(WorkerResult::tasksRun).sum();
        long primes = workers.stream().mapToLong(WorkerResult::primes).sum();
        if (tasksRun != tasks || primes != sum) {
            throw new RunFailedException(source + " reported " + tasksRun + " tasks for " + tasks
                    + " requested and results adding up to " + primes + " for a sum of " + sum + ":\n" + text());
        }
        List<WorkerResult> sorted = new ArrayList<>(workers);
        sorted.sort(Comparator.comparingInt(WorkerResult::worker));
        return sorted;
    }

    private void expectWords(String[] words, int count, String line) {
        if (words.length != count) {
            throw new RunFailedException(source + " printed a malformed line: " + line);
        }
    }

    private int parseInt(String word, String line) {
        return Math.toIntExact(parseLong(word, line));
    }

    private long parseLong(String word, String line) {
        try {
            return Long.parseLong(word);
        } catch (NumberFormatException e) {
            throw new RunFailedException(source + " printed a malformed line: " + line);
        }
    }
}
