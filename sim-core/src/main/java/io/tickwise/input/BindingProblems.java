package io.tickwise.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into one-line {@link BadInputException}s in the user's terms. */
final class BindingProblems {

    private BindingProblems() {
    }

    /** A failure of the streaming pass: YAML syntax, or a key written twice. */
    static BadInputException syntax(String file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            String context = yaml.getContext() == null || yaml.getContextMark() == null ? ""
                    : " (" + yaml.getContext() + " started at line " + (yaml.getContextMark().getLine() + 1) + ")";
            return new BadInputException(file, yaml.getProblemMark().getLine() + 1, null,
                    "malformed YAML: " + yaml.getProblem() + context);
        }
        String field = e.getProcessor() instanceof JsonParser parser ? FieldIndex.pathOf(parser.getParsingContext()) : null;
        String problem = e.getOriginalMessage().startsWith("Duplicate field")
                ? "key written twice"
                : "malformed YAML: " + firstLine(e.getOriginalMessage());
        return new BadInputException(file, lineOf(e.getLocation()), field, problem);
    }

    /** A failure to bind the (well-formed) document to its type. */
    static BadInputException binding(String file, FieldIndex fields, JsonMappingException e) {
        String path = pathOf(e);
        // A list field written as a single value fails at element [0], which the file does not spell out.
        if (path.endsWith("[0]") && !fields.contains(path) && fields.contains(path.substring(0, path.length() - 3))) {
            path = path.substring(0, path.length() - 3);
        }
        return new BadInputException(file, fields.lineOf(path), path, problem(fields, path, e));
    }

    private static String problem(FieldIndex fields, String path, JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown && "range".equals(unknown.getPropertyName())) {
            return "a range belongs to a single number, {value: …, range: [lo, hi], source: …}; this field is not one";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key; allowed keys: " + unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            if (!fields.contains(path)) {
                return "missing (required)";
            }
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return fields.writtenAt(path) + " is not one of: " + allowedValues(target);
            }
            return "expected " + expected(target) + ", got " + fields.writtenAt(path);
        }
        if (e.getCause() instanceof InputCoercionException range) {
            return fields.writtenAt(path) + " is out of range for " + expected(range.getTargetType());
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : cause.getMessage();
        return firstLine(String.valueOf(message));
    }

    /** The path of the failing field in the notation of {@link FieldIndex}: {@code a.b[2].c}. */
    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of: " + allowedValues(type);
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "a mapping" : "a " + type.getSimpleName();
    }

    /** The enum's constants as files spell them (see {@link StrictYaml}). */
    static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> EnumNamingStrategies.KebabCaseStrategy.INSTANCE.convertEnumToExternalName(((Enum<?>) c).name()))
                .collect(Collectors.joining(", "));
    }

    private static int lineOf(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
