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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsJournalTest {
    private static final SweepPlan PLAN = new SweepPlan(PholdPoint.METRICS,
            List.of(new PholdPoint("a", 10, 1, 1_000, 100), new PholdPoint("b [x=1]/4", 10, 1, 1_000, 100)),
            3, 7, Engine.FUSED, RunLimits.events(10), 1);

    @TempDir
    Path dir;

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
            journal.append(List.of(new RunResult(1, new long[] {14, 1, 2})));
        }
        try (ResultsJournal journal = ResultsJournal.open(dir, "s1", PLAN)) {
            assertEquals(4, journal.recovered().size());
        }
    }

    @Test
    void aLineCutShortByACrashIsDroppedAndOverwritten() throws Exception {
        try (ResultsJournal journal = ResultsJournal.open(dir, "s1", PLAN)) {
            journal.append(List.of(new RunResult(2, new long[] {21, 1, 2})));
        }
        Path file = dir.resolve(ResultsJournal.FILE_NAME);
        Files.writeString(file, "b [x=1]/4\t1\t9,1", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (ResultsJournal journal = ResultsJournal.open(dir, "s1", PLAN)) {
            assertEquals(Map.of(2L, new Measurement(new long[] {21, 1, 2})), journal.recovered());
            journal.append(List.of(new RunResult(3, new long[] {22, 1, 2})));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of("a\t2\t21,1,2", "b [x=1]/4\t0\t22,1,2"), lines.subList(1, lines.size()));
    }

    @Test
    void theJournalOfAnotherSweepIsRefused() {
        ResultsJournal.open(dir, "s1", PLAN).close();
        BadInputException e = assertThrows(BadInputException.class, () -> ResultsJournal.open(dir, "s2", PLAN));
        assertTrue(e.getMessage().contains("another sweep"), e.getMessage());
    }
}
