package io.tickwise.image.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTranscriptTest {

    @Test
    void collectsWorkersInIdOrderAndTheSum() {
        ResultTranscript transcript = new ResultTranscript("image");

        assertEquals(ResultTranscript.Line.READY, transcript.accept("ready cpus 6"));
        assertEquals(ResultTranscript.Line.OTHER, transcript.accept("firmware says hello"));
        assertEquals(ResultTranscript.Line.RESULT, transcript.accept("result 4 2 10"));
        assertEquals(ResultTranscript.Line.RESULT, transcript.accept("result 0 1 5"));
        assertEquals(ResultTranscript.Line.SUM, transcript.accept("sum 15"));

        assertEquals(List.of(new WorkerResult(0, 1, 5), new WorkerResult(4, 2, 10)), transcript.consistentWorkers(3));
        assertEquals(15, transcript.sum());
    }

    @Test
    void resultsThatDoNotAddUpAreAFailure() {
        ResultTranscript transcript = new ResultTranscript("image");
        transcript.accept("result 0 1 5");
        transcript.accept("sum 6");

        assertThrows(RunFailedException.class, () -> transcript.consistentWorkers(1));
        assertThrows(RunFailedException.class, () -> transcript.consistentWorkers(2));
    }

    @Test
    void anErrorLineOrAMalformedResultIsAFailure() {
        ResultTranscript transcript = new ResultTranscript("image");

        RunFailedException error = assertThrows(RunFailedException.class,
                () -> transcript.accept("error command line needs bound=B tasks=T"));
        assertThrows(RunFailedException.class, () -> transcript.accept("result 1 x 3"));
        assertThrows(RunFailedException.class, () -> transcript.accept("sum"));

        assertEquals("image reported: command line needs bound=B tasks=T", error.getMessage());
    }
}
