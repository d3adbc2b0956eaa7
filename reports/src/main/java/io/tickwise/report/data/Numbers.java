package io.tickwise.report.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formats a reader compares at a glance: the same inputs always give the same text. */
public final class Numbers {

    private static final int SIGNIFICANT = 3;

    private Numbers() {
    }

    /** Three significant digits, never in exponent form, e.g. 1.00, 2.70, 4050, 0.00123. */
    public static String value(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return String.valueOf(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(SIGNIFICANT, RoundingMode.HALF_EVEN));
        int integerDigits = rounded.precision() - rounded.scale();
        return rounded.setScale(Math.max(0, SIGNIFICANT - integerDigits), RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A ratio as a factor with two decimals, e.g. ×1.50. */
    public static String ratio(double r) {
        return "×" + String.format(Locale.ROOT, "%.2f", r);
    }

    /** A relative change, e.g. +50.0 % for a ratio of 1.5. */
    public static String change(double r) {
        return String.format(Locale.ROOT, "%+.1f %%", (r - 1) * 100);
    }

    /** A fraction as a percentage with one decimal, e.g. 4.2 %. */
    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }
}
