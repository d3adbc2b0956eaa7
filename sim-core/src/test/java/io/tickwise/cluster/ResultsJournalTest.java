package io.tickwise.cluster;

import io.tickwise.engine.Engine;
import io.tickwise.engine.RunLimits;
import io.tickwise.input.BadInputException;
import io.tickwise.phold.PholdPoint;
import io.tickwise.sweep.Measurement;
import io.tickwise.sweep.SweepPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsJournalTest {
    private static final SweepPlan PLAN = new SweepPlan(PholdPoint.METRICS,
            List.of(new PholdPoint("a", 10, 1, 1_000, 100), new PholdPoint("b [x=1]/4", 10, 1, 1_000, 100)),
            3, 7, Engine.FUSED, RunLimits.events(10), 1);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(ResultsJournal.FILE_NAME);
    }

    private void journal(RunResult... results) {
        try (ResultsJournal journal = ResultsJournal.open(dir, "s1", PLAN)) {
            journal.append(List.of(results));
        }
    }

    @Test
    void aReopenedJournalGivesBackWhatWasAppended() {
        try (ResultsJournal journal = ResultsJournal.open(dir, "s1", PLAN)) {
            assertTrue(journal.recovered().isEmpty());
            journal.append(List.of(new RunResult(4, new long[] {11, 1, 2}), new RunResult(0, new long[] {12, 1, 2})));
            journal.append(List.of(new RunResult(5, new long[] {13, 1, 2})));
        }
        try (ResultsJournal journal = ResultsJournal.open(dir, "s1", PLAN)) {
            assertEquals(Map.of(4L, new Measurement(new long[] {11, 1, 2}), 0L, new Measurement(new long[] {12, 1, 2}),
                    5L, new Measurement(new long[] {13, 1, 2})), journal.recovered());
            assertEquals(Optional.empty(), journal.tornLine());
            journal.append(List.of(new RunResult(1, new long[] {14, 1, 2})));
        }
        try (ResultsJournal journal = ResultsJournal.open(dir, "s1", PLAN)) {
            assertEquals(4, journal.recovered().size());
        }
    }

    @Test
    void aLineCutShortByACrashIsDroppedAndOverwritten() throws Exception {
        journal(new RunResult(2, new long[] {21, 1, 2}));
        Files.writeString(file(), "b [x=1]/4\t1\t9,1", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (ResultsJournal journal = ResultsJournal.open(dir, "s1", PLAN)) {
            assertEquals(Map.of(2L, new Measurement(new long[] {21, 1, 2})), journal.recovered());
            assertEquals(Optional.of(3), journal.tornLine());
            journal.append(List.of(new RunResult(3, new long[] {22, 1, 2})));
        }
        List<String> lines = Files.readAllLines(file());
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("a\t2\t21,1,2\t"), lines.get(1));
        assertTrue(lines.get(2).startsWith("b [x=1]/4\t0\t22,1,2\t"), lines.get(2));
    }

    @Test
    void aWholeLastLineWhoseChecksumFailsIsTornToo() throws Exception {
        journal(new RunResult(2, new long[] {21, 1, 2}), new RunResult(3, new long[] {22, 1, 2}));
        String text = Files.readString(file());
        // A block of the last record never reached the disk: same length, other bytes.
        Files.writeString(file(), text.substring(0, text.length() - 14) + "\0\0\0" + text.substring(text.length() - 11));
        try (ResultsJournal journal = ResultsJournal.open(dir, "s1", PLAN)) {
            assertEquals(Map.of(2L, new Measurement(new long[] {21, 1, 2})), journal.recovered());
            assertEquals(Optional.of(3), journal.tornLine());
        }
    }

    @Test
    void anUnreadableRecordBeforeTheLastIsRefusedNamingItsLine() throws Exception {
        journal(new RunResult(2, new long[] {21, 1, 2}), new RunResult(3, new long[] {22, 1, 2}),
                new RunResult(4, new long[] {23, 1, 2}));
        List<String> lines = Files.readAllLines(file());
        lines.set(2, lines.get(2).replace("22,1,2", "99,1,2"));
        Files.write(file(), lines);
        BadInputException e = assertThrows(BadInputException.class, () -> ResultsJournal.open(dir, "s1", PLAN));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("not a record of this sweep"), e.getMessage());
    }

    @Test
    void aSecondCoordinatorCannotOpenAJournalInUse() {
        try (ResultsJournal first = ResultsJournal.open(dir, "s1", PLAN)) {
            BadInputException e = assertThrows(BadInputException.class, () -> ResultsJournal.open(dir, "s1", PLAN));
            assertTrue(e.getMessage().contains("another coordinator is writing this journal"), e.getMessage());
        }
        ResultsJournal.open(dir, "s1", PLAN).close();
    }

    @Test
    void theJournalOfAnotherSweepIsRefused() {
        ResultsJournal.open(dir, "s1", PLAN).close();
        BadInputException e = assertThrows(BadInputException.class, () -> ResultsJournal.open(dir, "s2", PLAN));
        assertTrue(e.getMessage().contains("another sweep"), e.getMessage());
    }
}
