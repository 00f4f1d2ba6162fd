package dev.upstoxmcp.analytics;

import java.util.Arrays;

/**
 * How concentrated a portfolio is, from the values of its parts (holdings, or sectors). With weights
 * {@code w_i = v_i / Σv}:
 * <ul>
 *   <li>Herfindahl-Hirschman index {@code HHI = Σ (100·w_i)²}, on the 0-10,000 scale of the US DoJ/FTC Horizontal
 *   Merger Guidelines (2010): below 1,500 unconcentrated, 1,500-2,500 moderately, above 2,500 highly
 *   concentrated;</li>
 *   <li>effective number of parts {@code N_eff = 1 / Σ w_i²} (Adelman 1969): how many equal parts would be as
 *   concentrated;</li>
 *   <li>top-n share {@code Σ} of the n largest {@code w_i}, in percent.</li>
 * </ul>
 *
 * @param hhi             0-10,000
 * @param effectiveNumber 1 for a single part, n for n equal parts
 * @param top1Percent     weight of the largest part, %
 * @param top5Percent     weight of the five largest parts together, %
 */
public record Concentration(double hhi, double effectiveNumber, double top1Percent, double top5Percent) {

    /** HHI above which a portfolio is highly concentrated. */
    public static final double HIGHLY_CONCENTRATED = 2_500;
    /** HHI from which a portfolio is moderately concentrated. */
    public static final double MODERATELY_CONCENTRATED = 1_500;

    /** @param values non-negative values of the parts, at least one positive */
    public static Concentration of(double[] values) {
        double[] weights = weights(values);
        double sumOfSquares = Arrays.stream(weights).map(w -> w * w).sum();
        return new Concentration(10_000 * sumOfSquares, 1 / sumOfSquares, 100 * top(weights, 1),
                100 * top(weights, 5));
    }

    /** {@code v_i / Σv}. */
    static double[] weights(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("concentration needs at least one value");
        double total = 0;
        for (double value : values) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("values must be finite and non-negative, got " + value);
            }
            total += value;
        }
        if (total == 0) throw new IllegalArgumentException("values sum to zero");
        double sum = total;
        return Arrays.stream(values).map(value -> value / sum).toArray();
    }

    /** The sum of the {@code n} largest weights (all of them when there are fewer). */
    static double top(double[] weights, int n) {
        double[] sorted = weights.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (int i = sorted.length - 1; i >= Math.max(0, sorted.length - n); i--) sum += sorted[i];
        return sum;
    }
}
