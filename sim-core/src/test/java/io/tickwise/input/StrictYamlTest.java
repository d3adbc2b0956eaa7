package io.tickwise.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StrictYamlTest {

    enum Governor { MENU, TEO_LIKE }

    record Point(double value, String source) {
    }

    record Sample(int count, String name, Governor governor, List<Double> values, List<Point> points) {
    }

    private static final String GOOD = """
            count: 2
            name: demo
            governor: teo-like
            values: [1, 2.5]
            points:
              - value: 1
                source: a
              - value: -3
                source: b
            """;

    private static YamlDocument<Sample> read(String text) {
        return StrictYaml.read("t.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Sample.class);
    }

    private static void assertRejected(String text, String message) {
        BadInputException e = assertThrows(BadInputException.class, () -> read(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void bindsAWellFormedDocumentWithKebabCaseEnums() {
        Sample sample = read(GOOD).value();
        assertEquals(new Sample(2, "demo", Governor.TEO_LIKE, List.of(1.0, 2.5),
                List.of(new Point(1, "a"), new Point(-3, "b"))), sample);
    }

    @Test
    void indexesTheLineOfEveryField() {
        FieldIndex fields = read(GOOD).fields();
        assertEquals(1, fields.lineOf("count"));
        assertEquals(5, fields.lineOf("points"));
        assertEquals(8, fields.lineOf("points[1]"));
        assertEquals(9, fields.lineOf("points[1].source"));
        assertEquals(8, fields.lineOf("points[1].absent"), "an absent field is reported at its parent");
    }

    @Test
    void validatorNamesTheLineOfTheCheckedField() {
        YamlDocument<Sample> doc = read(GOOD);
        BadInputException e = assertThrows(BadInputException.class,
                () -> doc.validator().nonNegative(doc.value().points().get(1).value(), "points[1].value"));
        assertEquals("t.yaml:8: points[1].value: must be >= 0, got -3", e.getMessage());
        assertEquals(8, e.line());
        assertEquals("points[1].value", e.field());
    }

    @Test
    void rejectsUnknownKeysListingTheAllowedOnes() {
        assertRejected(GOOD.replace("    source: b\n", "    source: b\n    colour: red\n"),
                "t.yaml:10: points[1].colour: unknown key; allowed keys: source, value");
    }

    @Test
    void rejectsAQuotedNumber() {
        assertRejected(GOOD.replace("count: 2", "count: \"2\""), "t.yaml:1: count: expected an integer, got \"2\"");
    }

    @Test
    void quotesAMultiLineValueOnOneLine() {
        assertRejected(GOOD.replace("count: 2\n", "count: |\n  two\n  lines\n"),
                "t.yaml:1: count: expected an integer, got \"two\\nlines\\n\"");
    }

    @Test
    void rejectsAFractionForAnInteger() {
        assertRejected(GOOD.replace("count: 2", "count: 2.5"), "t.yaml:1: count: expected an integer, got 2.5");
    }

    @Test
    void rejectsANumberForAString() {
        assertRejected(GOOD.replace("name: demo", "name: 42"), "t.yaml:2: name: expected a string, got 42");
    }

    @Test
    void rejectsAnIntegerOutOfRange() {
        assertRejected(GOOD.replace("count: 2", "count: 99999999999"),
                "t.yaml:1: count: 99999999999 is out of range for an integer");
    }

    @Test
    void rejectsAScalarWhereAListIsDeclared() {
        assertRejected(GOOD.replace("values: [1, 2.5]", "values: 3"), "t.yaml:4: values: expected a list, got 3");
    }

    @Test
    void rejectsAWrongEnumValueListingTheAllowedOnes() {
        assertRejected(GOOD.replace("governor: teo-like", "governor: TEO_LIKE"),
                "t.yaml:3: governor: \"TEO_LIKE\" is not one of: menu, teo-like");
    }

    @Test
    void rejectsAMissingFieldAtItsParentsLine() {
        assertRejected(GOOD.replace("    source: b\n", ""), "t.yaml:8: points[1].source: missing (required)");
    }

    @Test
    void rejectsNullsInFieldsAndLists() {
        assertRejected(GOOD.replace("name: demo", "name:"), "t.yaml:2: name: must not be null");
        assertRejected(GOOD.replace("[1, 2.5]", "[1, null]"), "t.yaml:4: values[1]: must not be null");
    }

    @Test
    void rejectsAKeyWrittenTwice() {
        assertRejected(GOOD + "count: 3\n", "t.yaml:10: count: key written twice");
        assertRejected(GOOD.replace("    source: a\n", "    source: a\n    source: c\n"),
                "t.yaml:8: points[0].source: key written twice");
    }

    @Test
    void rejectsMalformedYamlOnOneLine() {
        assertRejected("count: [1, 2\nname: x\n",
                "t.yaml:2: malformed YAML: expected ',' or ']', but got : (while parsing a flow sequence started at line 1)");
        assertRejected("count: a: b\n", "t.yaml:1: malformed YAML: mapping values are not allowed here");
    }

    @Test
    void rejectsASecondDocument() {
        assertRejected(GOOD + "---\ncount: 3\n", "t.yaml:11: a second YAML document; a Tickwise file holds exactly one");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertRejected("", "t.yaml: the file is empty");
        assertRejected("# nothing but a comment\n", "t.yaml: the file is empty");
    }

    @Test
    void rejectsADocumentThatIsNotAMapping() {
        assertRejected("- 1\n- 2\n", "t.yaml:1: expected a mapping, got a list");
    }

    @Test
    void rejectsAMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        BadInputException e = assertThrows(BadInputException.class, () -> StrictYaml.read(missing, Sample.class));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void rejectsTextThatIsNotUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        BadInputException e = assertThrows(BadInputException.class, () -> StrictYaml.read(file, Sample.class));
        assertEquals(file + ": not UTF-8 text", e.getMessage());
    }

    @Test
    void readsAFileByPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("good.yaml");
        Files.writeString(file, GOOD);
        YamlDocument<Sample> doc = StrictYaml.read(file, Sample.class);
        assertEquals(file.toString(), doc.file());
        assertEquals(2, doc.value().count());
    }
}
