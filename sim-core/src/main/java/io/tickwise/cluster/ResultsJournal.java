package io.tickwise.cluster;

import io.tickwise.input.BadInputException;
import io.tickwise.sweep.Measurement;
import io.tickwise.sweep.SweepPlan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs a cluster sweep has finished, appended as they arrive and forced to disk batch by
 * batch, so a coordinator started again with the same command picks up where it stopped.
 * A text file: a header naming the sweep, then one line per run:
 * <pre>
 * tickwise-journal/1 sweep=&lt;sweep id&gt; points=&lt;n&gt; repetitions=&lt;r&gt;
 * &lt;point id&gt; TAB &lt;repetition&gt; TAB &lt;value&gt;,&lt;value&gt;,...
 * </pre>
 * A line cut short by a crash (no newline yet) is dropped on opening; the run is simply done again.
 */
public final class ResultsJournal implements AutoCloseable {
    public static final String FILE_NAME = "sweep.journal";
    private static final String FORMAT = "tickwise-journal/1";

    private final Path file;
    private final SweepPlan plan;
    private final FileChannel channel;
    private final Map<Long, Measurement> recovered;

    private ResultsJournal(Path file, SweepPlan plan, FileChannel channel, Map<Long, Measurement> recovered) {
        this.file = file;
        this.plan = plan;
        this.channel = channel;
        this.recovered = recovered;
    }

    /** Opens the sweep's journal in {@code directory}, reading what an earlier coordinator of the same sweep wrote. */
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
            byte[] written = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            try {
                Map<Long, Measurement> recovered = recover(file, written, channel, header, plan);
                ResultsJournal journal = new ResultsJournal(file, plan, channel, recovered);
                if (channel.size() == 0) {
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

    private static Map<Long, Measurement> recover(Path file, byte[] written, FileChannel channel, String header,
                                                  SweepPlan plan) throws IOException {
        int complete = written.length;
        while (complete > 0 && written[complete - 1] != '\n') {
            complete--;
        }
        channel.truncate(complete);
        channel.position(complete);
        String text = new String(written, 0, complete, StandardCharsets.UTF_8);
        Map<Long, Measurement> recovered = new LinkedHashMap<>();
        if (complete == 0) {
            return recovered;
        }
        List<String> lines = text.lines().toList();
        if (!lines.get(0).equals(header)) {
            throw new BadInputException(file.toString(), 1, null, "this journal is of another sweep ('"
                    + lines.get(0) + "', expected '" + header + "'); remove it or choose another --out");
        }
        Map<String, Integer> points = new HashMap<>();
        for (int i = 0; i < plan.points().size(); i++) {
            points.put(plan.points().get(i).id(), i);
        }
        for (int n = 1; n < lines.size(); n++) {
            String[] fields = lines.get(n).split("\t");
            Integer point = fields.length == 3 ? points.get(fields[0]) : null;
            try {
                int repetition = Integer.parseInt(fields[1]);
                long[] values = Arrays.stream(fields[2].split(",")).mapToLong(Long::parseLong).toArray();
                if (point == null || repetition < 0 || repetition >= plan.repetitions()
                        || values.length != plan.metrics().size()) {
                    throw new IllegalArgumentException();
                }
                recovered.putIfAbsent(plan.run(point, repetition), new Measurement(values));
            } catch (RuntimeException e) {
                throw new BadInputException(file.toString(), n + 1, null, "not a run of this sweep: '"
                        + lines.get(n) + "'");
            }
        }
        return recovered;
    }

    /** The runs an earlier coordinator finished, by run number. */
    public Map<Long, Measurement> recovered() {
        return recovered;
    }

    /** Appends the runs and forces them to disk before returning. */
    public void append(Collection<RunResult> results) {
        StringBuilder lines = new StringBuilder();
        for (RunResult r : results) {
            lines.append(plan.points().get(plan.pointOf(r.run())).id()).append('\t').append(plan.repetitionOf(r.run()))
                    .append('\t');
            long[] values = r.values();
            for (int m = 0; m < values.length; m++) {
                lines.append(m == 0 ? "" : ",").append(values[m]);
            }
            lines.append('\n');
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
