package io.tickwise.scenario;

import io.tickwise.input.BadInputException;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One scenario option set from the command line ({@code --option NAME=VALUE[,VALUE...]}),
 * replacing the file's value or list: a list sweeps the option like a list in the file does, so
 * that what-ifs and the hypotheses about the paper's unpublished details can be run on a
 * built-in scenario without editing a copy. The options and their types are those of
 * {@link Options}' components, so an option added there can be set here too.
 */
public record OptionOverride(String name, List<?> values) {

    public static final String FLAG = "--option";
    private static final RecordComponent[] OPTIONS = Options.class.getRecordComponents();

    public OptionOverride {
        values = List.copyOf(values);
    }

    /** Parses {@code NAME=VALUE[,VALUE...]}; anything else is bad input naming the flag. */
    public static OptionOverride parse(String text) {
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            throw BadInputException.option(FLAG, "expected NAME=VALUE[,VALUE...], got '" + text + "'");
        }
        String name = text.substring(0, equals).strip();
        RecordComponent option = Arrays.stream(OPTIONS).filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> BadInputException.option(FLAG, "unknown option '" + name + "'; known: "
                        + String.join(", ", Arrays.stream(OPTIONS).map(RecordComponent::getName).toList())));
        List<String> words = Arrays.stream(text.substring(equals + 1).split(",")).map(String::strip).toList();
        if (words.stream().anyMatch(String::isEmpty)) {
            throw BadInputException.option(FLAG, "empty value in '" + text + "'");
        }
        Class<?> type = (Class<?>) ((ParameterizedType) option.getGenericType()).getActualTypeArguments()[0];
        List<Object> values = new ArrayList<>();
        for (String word : words) {
            values.add(value(name, type, word));
        }
        return new OptionOverride(name, values);
    }

    /** {@code options} with this option's values in place of its own. */
    public Options applyTo(Options options) {
        try {
            Object[] arguments = new Object[OPTIONS.length];
            for (int i = 0; i < OPTIONS.length; i++) {
                arguments[i] = OPTIONS[i].getName().equals(name) ? values : OPTIONS[i].getAccessor().invoke(options);
            }
            Class<?>[] types = Arrays.stream(OPTIONS).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return Options.class.getDeclaredConstructor(types).newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild the options with " + name, e);
        }
    }

    /** A boolean, or an enum constant by its file spelling: lower case with dashes (smt-aware). */
    private static Object value(String name, Class<?> type, String word) {
        if (type == Boolean.class) {
            if (!word.equals("true") && !word.equals("false")) {
                throw BadInputException.option(FLAG, name + " must be true or false, got '" + word + "'");
            }
            return Boolean.parseBoolean(word);
        }
        List<String> spellings = Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        int index = spellings.indexOf(word);
        if (index < 0) {
            throw BadInputException.option(FLAG, name + " must be one of " + String.join(", ", spellings)
                    + ", got '" + word + "'");
        }
        return type.getEnumConstants()[index];
    }
}
