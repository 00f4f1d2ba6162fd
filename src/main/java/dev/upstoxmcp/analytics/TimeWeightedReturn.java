package dev.upstoxmcp.analytics;

/**
 * Time-weighted return: the growth of one rupee kept invested, whatever money came and went.
 * <p>
 * Sub-period i runs from the value {@code V_{i−1}} to {@code V_i}; a flow {@code CF_i} (money added, negative when
 * taken out) happens at the <em>end</em> of sub-period i, so {@code V_i} already includes it:
 * {@code r_i = (V_i − CF_i) / V_{i−1} − 1} and {@code TWR = Π (1 + r_i) − 1} (GIPS, the Modified Dietz family with
 * flows at day end). A sub-period starting from nothing ({@code V_{i−1} = 0}) has no return and is skipped.
 */
public final class TimeWeightedReturn {

    private TimeWeightedReturn() {}

    /** Sub-period returns {@code r_i}; {@code values[0]} is the start, {@code flows[0]} is ignored. */
    public static double[] subPeriodReturns(double[] values, double[] flows) {
        if (values.length != flows.length || values.length < 2) {
            throw new IllegalArgumentException("TWR needs aligned values and flows, at least two values; got "
                    + values.length + " and " + flows.length);
        }
        double[] returns = new double[values.length - 1];
        for (int i = 1; i < values.length; i++) {
            returns[i - 1] = values[i - 1] == 0 ? 0 : (values[i] - flows[i]) / values[i - 1] - 1;
        }
        return returns;
    }

    /** {@code Π (1 + r_i) − 1}. */
    public static double chain(double[] returns) {
        double growth = 1;
        for (double r : returns) growth *= 1 + r;
        return growth - 1;
    }

    /** {@link #chain} of {@link #subPeriodReturns}. */
    public static double of(double[] values, double[] flows) {
        return chain(subPeriodReturns(values, flows));
    }

    /** {@code (1 + r)^(365 / days) − 1}: a return over {@code days} calendar days as a yearly rate. */
    public static double annualise(double periodReturn, long days) {
        if (days <= 0) throw new IllegalArgumentException("days must be > 0, got " + days);
        return Math.pow(1 + periodReturn, 365.0 / days) - 1;
    }
}
