package dev.upstoxmcp.tools;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rupee amounts and percentages as tools compute and show them: two decimals, Indian digit grouping. */
public final class Inr {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Inr() {}

    /** Upstox leaves some amounts out; for sums they count as zero. */
    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** An amount rounded to paise. */
    public static BigDecimal amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code part / whole * 100} to two decimals; null when the whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) return null;
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** Price change against a previous close, to paise; null without a previous close. */
    public static BigDecimal change(BigDecimal last, BigDecimal previousClose) {
        if (last == null || previousClose == null || previousClose.signum() == 0) return null;
        return amount(last.subtract(previousClose));
    }

    /** Price change against a previous close in percent; null without a previous close. */
    public static BigDecimal changePercent(BigDecimal last, BigDecimal previousClose) {
        if (last == null || previousClose == null || previousClose.signum() == 0) return null;
        return percent(last.subtract(previousClose), previousClose);
    }

    /** "₹4,82,134.50": Indian grouping (thousands, then lakhs and crores in pairs), which the JDK does not do. */
    public static String format(BigDecimal value) {
        String plain = amount(value).abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = plain.substring(0, point);
        StringBuilder grouped = new StringBuilder(whole.substring(Math.max(0, whole.length() - 3)));
        for (int end = whole.length() - 3; end > 0; end -= 2) {
            grouped.insert(0, whole.substring(Math.max(0, end - 2), end) + ",");
        }
        return (value.signum() < 0 ? "-₹" : "₹") + grouped + plain.substring(point);
    }

    /** "+₹1,234.00" or "-₹56.10". */
    public static String signed(BigDecimal value) {
        return (value.signum() >= 0 ? "+" : "") + format(value);
    }

    /** "+6.27%", or "n/a" for null. */
    public static String signedPercent(BigDecimal percent) {
        if (percent == null) return "n/a";
        return (percent.signum() >= 0 ? "+" : "") + percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
