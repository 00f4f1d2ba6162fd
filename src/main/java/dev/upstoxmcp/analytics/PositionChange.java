package dev.upstoxmcp.analytics;

import java.util.Arrays;

/**
 * What buying or selling part of one position does to a portfolio valued at today's prices: position values
 * {@code v_i}, the changed one {@code v_k + delta} (delta = shares × price, negative for a sale; cash is outside the
 * portfolio, so the total changes by delta too). Weights are {@code v_i / sum v}; a group's weight (e.g. a sector) is
 * the sum of its members' weights; the value-weighted beta is {@code sum v_i beta_i / sum v}.
 */
public final class PositionChange {

    private final double[] before;
    private final double[] after;

    private PositionChange(double[] before, double[] after) {
        this.before = before;
        this.after = after;
    }

    /**
     * @param values today's value of each position (the changed one may be 0: a new position)
     * @param index  the position that changes
     * @param delta  the value bought (positive) or sold (negative)
     */
    public static PositionChange of(double[] values, int index, double delta) {
        if (index < 0 || index >= values.length) {
            throw new IllegalArgumentException("position " + index + " is not one of " + values.length);
        }
        double[] after = values.clone();
        after[index] += delta;
        if (after[index] < -1e-9) {
            throw new IllegalArgumentException("cannot sell " + -delta + " of a position worth " + values[index]);
        }
        after[index] = Math.max(0, after[index]);
        if (Arrays.stream(after).sum() <= 0) throw new IllegalArgumentException("nothing would be left");
        return new PositionChange(values.clone(), after);
    }

    public double weightBefore(int index) {
        return weight(before, index);
    }

    public double weightAfter(int index) {
        return weight(after, index);
    }

    /** Combined weight of the positions where {@code members} is true, before the change. */
    public double groupWeightBefore(boolean[] members) {
        return group(before, members);
    }

    public double groupWeightAfter(boolean[] members) {
        return group(after, members);
    }

    /** Value-weighted beta before the change; positions whose beta is NaN (unknown) are left out. */
    public double betaBefore(double[] betas) {
        return weightedBeta(before, betas);
    }

    public double betaAfter(double[] betas) {
        return weightedBeta(after, betas);
    }

    private static double weight(double[] values, int index) {
        return values[index] / Arrays.stream(values).sum();
    }

    private static double group(double[] values, boolean[] members) {
        double in = 0;
        for (int i = 0; i < values.length; i++) if (members[i]) in += values[i];
        return in / Arrays.stream(values).sum();
    }

    private static double weightedBeta(double[] values, double[] betas) {
        if (betas.length != values.length) throw new IllegalArgumentException("one beta per position is needed");
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(betas[i])) continue;
            weighted += values[i] * betas[i];
            total += values[i];
        }
        if (total == 0) throw new IllegalArgumentException("no position has a beta");
        return weighted / total;
    }
}
