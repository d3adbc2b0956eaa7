package io.tickwise.input;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a Tickwise input file (host, scenario…) into a record type, accepting only what the type
 * declares: every key known, every field present and non-null, every scalar of the declared type
 * (no "3" for 3, no 2.5 for an int), no key twice, one document. Enum constants are written in
 * lower case with hyphens ({@code HYPERTHREAD} as {@code hyperthread}). Every failure is a
 * {@link BadInputException} naming file, line and field path.
 *
 * <p>A text field that may be left out says so with
 * {@code @JacksonInject(value = StrictYaml.OPTIONAL, useInput = OptBoolean.TRUE)}: absent, it
 * reads as the empty string ({@link FieldIndex#contains} tells a written empty string apart).
 * An optional range of a number says so with {@code @JacksonInject(value = StrictYaml.NO_RANGE,
 * useInput = OptBoolean.TRUE)}: absent, it reads as the empty list.
 */
public final class StrictYaml {

    /** The injectable id of an optional text field's value when the file leaves it out. */
    public static final String OPTIONAL = "tickwise.optional-text";

    /** The injectable id of an optional range's value when the file leaves it out. */
    public static final String NO_RANGE = "tickwise.no-range";

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enumNamingStrategy(EnumNamingStrategies.KebabCaseStrategy.INSTANCE)
            .defaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
            // ALLOW_COERCION_OF_SCALARS does not cover numbers or booleans read into a String.
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .injectableValues(new InjectableValues.Std().addValue(OPTIONAL, "").addValue(NO_RANGE, List.of()))
            .build();

    private StrictYaml() {
    }

    /** Reads {@code file}; messages name it as given. */
    public static <T> YamlDocument<T> read(Path file, Class<T> type) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name, 0, null, "no such file");
        } catch (IOException e) {
            throw new BadInputException(name, 0, null, "cannot read: " + e.getMessage());
        }
        return read(name, bytes, type);
    }

    /** Reads a file's content from {@code in} (a resource, standard input); messages call it {@code name}. */
    public static <T> YamlDocument<T> read(String name, InputStream in, Class<T> type) {
        try {
            return read(name, in.readAllBytes(), type);
        } catch (IOException e) {
            throw new BadInputException(name, 0, null, "cannot read: " + e.getMessage());
        }
    }

    private static <T> YamlDocument<T> read(String name, byte[] bytes, Class<T> type) {
        String text = decode(name, bytes);
        FieldIndex fields;
        try (JsonParser parser = MAPPER.createParser(text)) {
            fields = FieldIndex.scan(name, parser);
        } catch (JsonProcessingException e) {
            throw BindingProblems.syntax(name, e);
        } catch (IOException e) {
            throw new BadInputException(name, 0, null, "cannot read: " + e.getMessage());
        }
        try {
            return new YamlDocument<>(name, MAPPER.readValue(text, type), fields);
        } catch (JsonMappingException e) {
            throw BindingProblems.binding(name, fields, e);
        } catch (JsonProcessingException e) {
            throw BindingProblems.syntax(name, e);
        }
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(name, 0, null, "not UTF-8 text");
        }
    }
}
