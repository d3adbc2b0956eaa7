package io.tickwise.scenario.run;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.tickwise.results.PointResult;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.Series;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static io.tickwise.scenario.run.TableData.around;
import static io.tickwise.scenario.run.TableData.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsCsvTest {

    @Test
    void numbersArePlainDecimalsAndNamesAreQuotedOnlyWhenNeeded() throws IOException {
        String odd = "multicore-unikernel [turbo=true,note=\"x\"]";
        ResultsDocument d = document(1, 2,
                new Series(odd, List.of(new PointResult(1, around(1.5e-5, 1e-6), around(1.5e10, 0), around(0.1, 0), null))),
                new Series("bare-metal-processes", List.of(new PointResult(1, around(2, 0), around(3, 0), around(4, 0), null))));
        String csv = ResultsCsv.of(d);
        List<String> lines = csv.lines().toList();
        assertEquals("system,tasks,metric,mean,stdev,p50,p5,p95,min,max,baseline,ratio,ciLow,ciHigh", lines.get(0));
        assertEquals(1 + 2 * 3, lines.size());
        assertTrue(lines.get(1).startsWith("\"multicore-unikernel [turbo=true,note=\"\"x\"\"]\",1,timeSeconds,0.000015,"),
                lines.get(1));
        assertTrue(lines.get(2).contains(",15000000000,"), lines.get(2));
        assertTrue(lines.get(4).startsWith("bare-metal-processes,1,timeSeconds,2,0,2,"), lines.get(4));
        for (String line : lines.subList(1, lines.size())) {
            assertFalse(line.replace(odd, "").matches(".*[0-9][eE][-+]?[0-9].*"), "no exponent: " + line);
        }

        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            List<Map<String, String>> read = rows.readAll();
            assertEquals(odd, read.get(0).get("system"));
            assertEquals(1.5e-5, Double.parseDouble(read.get(0).get("mean")));
            assertEquals(1.4e-5, Double.parseDouble(read.get(0).get("p5")), 1e-18);
            assertEquals("", read.get(0).get("ratio"));
        }
    }
}
