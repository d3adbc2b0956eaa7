package io.tickwise.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a document sits: field path (as {@code cStates[2].exitLatencyUs.value})
 * to the line of its key, or of the element for list items, and what was written there.
 * Validation runs on bound objects, which have lost their positions; this index gives them back.
 */
public final class FieldIndex {

    private record Entry(int line, String written) {
    }

    private final Map<String, Entry> entries;

    private FieldIndex(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * Reads the whole document {@code file} with {@code parser}, positioned before its first
     * token. Syntax errors and duplicate keys surface here as the parser's own exceptions; an
     * empty file or a second document as {@link BadInputException}.
     */
    static FieldIndex scan(String file, JsonParser parser) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        boolean rootSeen = false;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                continue;
            }
            int line = parser.currentTokenLocation().getLineNr();
            // A value in a mapping is reported on its key's line (a nested mapping or list
            // starts on the next one); a list item on its own line.
            JsonStreamContext context = token.isStructStart() ? parser.getParsingContext().getParent()
                    : parser.getParsingContext();
            if (context.inRoot()) {
                if (rootSeen) {
                    throw new BadInputException(file, line, null,
                            "a second YAML document; a Tickwise file holds exactly one");
                }
                rootSeen = true;
            }
            String path = pathOf(context);
            if (token == JsonToken.FIELD_NAME) {
                lines.put(path, line);
            } else {
                lines.putIfAbsent(path, line);
                written.put(path, describe(parser, token));
            }
        }
        if (!rootSeen) {
            throw new BadInputException(file, 0, null, "the file is empty");
        }
        Map<String, Entry> entries = new HashMap<>();
        lines.forEach((path, line) -> entries.put(path, new Entry(line, written.getOrDefault(path, "nothing"))));
        return new FieldIndex(Map.copyOf(entries));
    }

    /** The path of the value the context is currently at; "" for the document root. */
    static String pathOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = pathOf(context.getParent());
        if (context.inArray()) {
            return parent + "[" + context.getCurrentIndex() + "]";
        }
        String name = context.getCurrentName();
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /**
     * The line of {@code path}, or of its nearest written ancestor when the field itself is
     * absent (a missing key is reported where its parent mapping starts); 1 for the root.
     */
    public int lineOf(String path) {
        for (String p = path; ; p = parentOf(p)) {
            Entry entry = entries.get(p);
            if (entry != null) {
                return entry.line();
            }
            if (p.isEmpty()) {
                return 1;
            }
        }
    }

    /** Whether the document has a value at exactly this path. */
    public boolean contains(String path) {
        return entries.containsKey(path);
    }

    /** What the document holds at {@code path}, for messages: a quoted string, a number, "a mapping"… */
    public String writtenAt(String path) {
        Entry entry = entries.get(path);
        return entry == null ? "nothing" : entry.written();
    }

    private static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static String describe(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "\"" + oneLine(parser.getText()) + "\"";
            case VALUE_NULL -> "null";
            default -> parser.getText();
        };
    }

    /** Written text as it can appear inside a one-line message: line breaks escaped, long text cut. */
    private static String oneLine(String text) {
        String escaped = text.replace("\r", "\\r").replace("\n", "\\n");
        return escaped.length() <= 40 ? escaped : escaped.substring(0, 39) + "…";
    }
}
