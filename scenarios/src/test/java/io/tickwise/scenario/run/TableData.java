package io.tickwise.scenario.run;

import io.tickwise.results.Parameter;
import io.tickwise.results.PointResult;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.Series;
import io.tickwise.results.Summary;

import java.util.List;
import java.util.function.IntFunction;

/** Small hand-made results for the table and CSV writers: series whose order by time is known at each task count. */
final class TableData {
    private TableData() {
    }

    /** A summary around {@code mean} with a p5–p95 spread of ±{@code spread}. */
    static Summary around(double mean, double spread) {
        return new Summary(mean, spread / 2, mean, mean - spread, mean + spread, mean - spread, mean + spread,
                List.of(mean - spread, mean + spread));
    }

    static Series series(String name, int tasks, IntFunction<Summary> time) {
        return new Series(name, java.util.stream.IntStream.rangeClosed(1, tasks)
                .mapToObj(n -> new PointResult(n, time.apply(n), around(100 * n, 0), around(10.5 * n, 0), null))
                .toList());
    }

    static ResultsDocument document(int cores, int logical, Series... series) {
        return new ResultsDocument(ResultsDocument.SCHEMA, "test", "host", 1, 2, "fluid", "bare-metal-processes",
                List.of(series), List.of(new Parameter("host", "physicalCores", String.valueOf(cores), "test"),
                        new Parameter("host", "logicalProcessors", String.valueOf(logical), "test")),
                null, List.of(), null);
    }
}
