package io.tickwise.cluster;

import io.tickwise.input.BadInputException;
import io.tickwise.sweep.Measurement;
import io.tickwise.sweep.SweepPlan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The runs a cluster sweep has finished, appended as they arrive and forced to disk batch by
 * batch, so a coordinator started again with the same command picks up where it stopped.
 * The format is in the README ("The results journal"): a header naming the sweep, then one
 * checksummed record per run. While a coordinator has it open the file is locked, so two
 * coordinators never interleave their records. A last record torn by a crash is dropped on
 * opening and its run done again; anything else that is not a record of this sweep is refused.
 */
public final class ResultsJournal implements AutoCloseable {
    public static final String FILE_NAME = "sweep.journal";
    private static final String FORMAT = "tickwise-journal/2";

    private final Path file;
    private final SweepPlan plan;
    private final FileChannel channel;
    private final Map<Long, Measurement> recovered;
    private final Optional<Integer> tornLine;

    private ResultsJournal(Path file, SweepPlan plan, FileChannel channel, Map<Long, Measurement> recovered,
                           Optional<Integer> tornLine) {
        this.file = file;
        this.plan = plan;
        this.channel = channel;
        this.recovered = recovered;
        this.tornLine = tornLine;
    }

    /** Opens and locks the sweep's journal in {@code directory}, reading what an earlier coordinator of the same sweep wrote. */
    public static ResultsJournal open(Path directory, String sweepId, SweepPlan plan) {
        Path file = directory.resolve(FILE_NAME);
        String header = FORMAT + " sweep=" + sweepId + " points=" + plan.points().size() + " repetitions="
                + plan.repetitions();
        for (var point : plan.points()) {
            if (point.id().contains("\t") || point.id().contains("\n")) {
                throw new IllegalArgumentException("point id '" + point.id() + "' cannot be journaled");
            }
        }
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                lock(channel, file);
                Recovery recovery = new Recovery(file, header, plan);
                recovery.read();
                channel.truncate(recovery.validBytes);
                channel.position(recovery.validBytes);
                ResultsJournal journal = new ResultsJournal(file, plan, channel, recovery.runs, recovery.tornLine);
                if (recovery.validBytes == 0) {
                    journal.write(header + "\n");
                }
                return journal;
            } catch (RuntimeException | IOException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** The lock goes with the channel: it is released when the coordinator closes the journal or its process dies. */
    private static void lock(FileChannel channel, Path file) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new BadInputException(file.toString(), 1, null, "another coordinator is writing this journal;"
                    + " wait for it to finish or choose another --out");
        }
    }

    /** What an earlier coordinator left: its whole records, and where the file stops being valid. */
    private static final class Recovery {
        private final Path file;
        private final String header;
        private final Map<String, Integer> points = new HashMap<>();
        private final SweepPlan plan;
        private final Map<Long, Measurement> runs = new LinkedHashMap<>();
        private long validBytes;
        private Optional<Integer> tornLine = Optional.empty();

        Recovery(Path file, String header, SweepPlan plan) {
            this.file = file;
            this.header = header;
            this.plan = plan;
            for (int i = 0; i < plan.points().size(); i++) {
                points.put(plan.points().get(i).id(), i);
            }
        }

        void read() throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            int length = bytes.length;
            int start = 0;
            int lineNumber = 0;
            while (start < length) {
                lineNumber++;
                int end = start;
                while (end < length && bytes[end] != '\n') {
                    end++;
                }
                boolean terminated = end < length;
                boolean last = !terminated || end + 1 == length;
                String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
                if (!accept(line, lineNumber, terminated, last)) {
                    return;
                }
                start = end + 1;
                validBytes = start;
            }
        }

        /** Takes one line; false when it is the torn last record, which ends the valid part of the file. */
        private boolean accept(String line, int lineNumber, boolean terminated, boolean last) {
            if (lineNumber == 1) {
                if (!terminated) {
                    return false;
                }
                if (!line.equals(header)) {
                    throw new BadInputException(file.toString(), 1, null, "this journal is of another sweep ('"
                            + line + "', expected '" + header + "'); remove it or choose another --out");
                }
                return true;
            }
            Optional<JournalRecord> record = terminated ? JournalRecord.parse(line) : Optional.empty();
            if (record.isEmpty() && last) {
                tornLine = Optional.of(lineNumber);
                return false;
            }
            Integer point = record.map(r -> points.get(r.pointId())).orElse(null);
            if (point == null || record.get().repetition() < 0 || record.get().repetition() >= plan.repetitions()
                    || record.get().values().length != plan.metrics().size()) {
                throw new BadInputException(file.toString(), lineNumber, null, "not a record of this sweep: '"
                        + printable(line) + "'; only a torn last record is dropped, so remove the journal or"
                        + " choose another --out");
            }
            runs.putIfAbsent(plan.run(point, record.get().repetition()), new Measurement(record.get().values()));
            return true;
        }

        private static String printable(String line) {
            String shown = line.length() > 120 ? line.substring(0, 120) + "..." : line;
            return shown.replaceAll("\\p{Cntrl}", "?");
        }
    }

    /** The runs an earlier coordinator finished, by run number. */
    public Map<Long, Measurement> recovered() {
        return recovered;
    }

    /** The line of a torn last record that was dropped on opening (its run is done again), if there was one. */
    public Optional<Integer> tornLine() {
        return tornLine;
    }

    /** Appends the runs and forces them to disk before returning. */
    public void append(Collection<RunResult> results) {
        StringBuilder lines = new StringBuilder();
        for (RunResult r : results) {
            lines.append(new JournalRecord(plan.points().get(plan.pointOf(r.run())).id(), plan.repetitionOf(r.run()),
                    r.values()).line());
        }
        try {
            write(lines.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the journal " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the journal " + file + ": " + e.getMessage(), e);
        }
    }
}
