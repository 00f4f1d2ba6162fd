package dev.upstoxmcp.tools;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How statistics computed on {@code double} are shown: ratios (beta, correlation, R²) to 4 decimals, fractions as
 * percent to 2 (half-up). Money stays {@code BigDecimal} throughout: see {@link Inr}.
 */
public final class Figures {

    private Figures() {}

    public static double ratio(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    /** 0.12345 → 12.35 (%). */
    public static BigDecimal percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(2, RoundingMode.HALF_UP);
    }

    /** "0.92" for summaries. */
    public static String twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
