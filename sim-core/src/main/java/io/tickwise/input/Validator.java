package io.tickwise.input;

/**
 * Checks of values a file has already been bound to, reported like binding errors: file, line of
 * the offending field, field path, problem. The first failed check throws, so the user fixes one
 * problem at a time, in file order when checks follow the file's layout.
 */
public final class Validator {

    private final String file;
    private final FieldIndex fields;

    public Validator(String file, FieldIndex fields) {
        this.file = file;
        this.fields = fields;
    }

    /** A problem with the field at {@code path}, for checks the helpers below do not cover. */
    public BadInputException problem(String path, String problem) {
        return new BadInputException(file, fields.lineOf(path), path, problem);
    }

    public void require(boolean ok, String path, String problem) {
        if (!ok) {
            throw problem(path, problem);
        }
    }

    public void atLeast(long value, long min, String path) {
        require(value >= min, path, "must be >= " + min + ", got " + value);
    }

    /** A finite number greater than zero. */
    public void positive(double value, String path) {
        require(Double.isFinite(value) && value > 0, path, "must be > 0, got " + number(value));
    }

    /** A finite number, zero or more. */
    public void nonNegative(double value, String path) {
        require(Double.isFinite(value) && value >= 0, path, "must be >= 0, got " + number(value));
    }

    /** A finite number in the half-open interval (low, high]. */
    public void inLeftOpen(double value, double low, double high, String path) {
        require(Double.isFinite(value) && value > low && value <= high, path,
                "must be in (" + number(low) + ", " + number(high) + "], got " + number(value));
    }

    public void notBlank(String value, String path) {
        require(value != null && !value.isBlank(), path, "must not be blank");
    }

    /** A number as the user would write it: 3 rather than 3.0, and .inf/.nan as YAML spells them. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return ".nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? ".inf" : "-.inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
