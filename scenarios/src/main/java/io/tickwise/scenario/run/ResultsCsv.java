package io.tickwise.scenario.run;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.tickwise.results.PairedRatio;
import io.tickwise.results.PointResult;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.Series;
import io.tickwise.results.Summary;
import io.tickwise.results.VsBaseline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * results.csv: one row per series, task count and metric, with the metric's summary columns and,
 * but in the baseline's own rows (where they are empty), the paired ratio to the baseline.
 * Numbers are the shortest decimals that read back as the same doubles, never in exponent form
 * (a spreadsheet or a plain parser takes them as they are); a series name with a comma or quote
 * is quoted by the CSV writer.
 */
final class ResultsCsv {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(MAPPER.schemaFor(Row.class).withHeader().withLineSeparator("\n"));

    private ResultsCsv() {
    }

    @JsonPropertyOrder({"system", "tasks", "metric", "mean", "stdev", "p50", "p5", "p95", "min", "max", "baseline", "ratio",
            "ciLow", "ciHigh"})
    record Row(String system, int tasks, String metric, BigDecimal mean, BigDecimal stdev, BigDecimal p50, BigDecimal p5,
               BigDecimal p95, BigDecimal min, BigDecimal max, String baseline, BigDecimal ratio, BigDecimal ciLow,
               BigDecimal ciHigh) {
    }

    static String of(ResultsDocument document) {
        List<Row> rows = new ArrayList<>();
        for (Series series : document.series()) {
            for (PointResult p : series.points()) {
                VsBaseline vs = p.vsBaseline();
                rows.add(row(series.system(), p.tasks(), "timeSeconds", p.timeSeconds(), vs, vs == null ? null : vs.timeSeconds()));
                rows.add(row(series.system(), p.tasks(), "ticks", p.ticks(), vs, vs == null ? null : vs.ticks()));
                rows.add(row(series.system(), p.tasks(), "energyJoules", p.energyJoules(), vs,
                        vs == null ? null : vs.energyJoules()));
            }
        }
        try {
            return WRITER.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("results are not writable as CSV", e);
        }
    }

    private static Row row(String system, int tasks, String metric, Summary s, VsBaseline vs, PairedRatio ratio) {
        return new Row(system, tasks, metric, number(s.mean()), number(s.stdev()), number(s.p50()), number(s.p5()),
                number(s.p95()), number(s.min()), number(s.max()), vs == null ? null : vs.system(),
                ratio == null ? null : number(ratio.ratio()), ratio == null ? null : number(ratio.ciLow()),
                ratio == null ? null : number(ratio.ciHigh()));
    }

    /** The double's shortest round-trip decimal, e.g. 1.0E-4 becomes 0.0001 and 1.5E10 becomes 15000000000. */
    private static BigDecimal number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros();
    }
}
