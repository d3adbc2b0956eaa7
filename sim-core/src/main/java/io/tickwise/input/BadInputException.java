package io.tickwise.input;

/**
 * Input the user can fix: a malformed file, an unknown key, an impossible value or a bad option.
 * The command line turns it into exit status 2 and the one line of {@link #getMessage()},
 * so the message names where the problem is (file, line, field) and never needs a stack trace.
 */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String field;

    public BadInputException(String file, int line, String field, String problem) {
        super(format(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /** A problem with a command-line option or value that has no file. */
    public static BadInputException option(String option, String problem) {
        return new BadInputException(null, 0, option, problem);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    private static String format(String file, int line, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        }
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(problem).toString();
    }
}
