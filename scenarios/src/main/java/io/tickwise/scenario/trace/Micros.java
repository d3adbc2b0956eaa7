package io.tickwise.scenario.trace;

/**
 * Nanoseconds written as microseconds, exactly: the trace format counts in µs and a run's
 * events are ns apart, so a decimal with up to three places, never an exponent.
 */
final class Micros {
    private Micros() {
    }

    static String of(long ns) {
        long whole = ns / 1000;
        int fraction = (int) (ns % 1000);
        if (fraction == 0) {
            return Long.toString(whole);
        }
        String digits = Integer.toString(1000 + fraction).substring(1);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return whole + "." + digits.substring(0, end);
    }
}
