package io.tickwise.input;

/**
 * A file bound to its record type, with the index that lets later checks name the line of a field.
 *
 * @param file   the name messages use for the file (the path as the user gave it, or a resource name)
 * @param value  the bound value
 * @param fields where each field path sits in the file
 */
public record YamlDocument<T>(String file, T value, FieldIndex fields) {

    /** A validator that reports problems against this file. */
    public Validator validator() {
        return new Validator(file, fields);
    }
}
