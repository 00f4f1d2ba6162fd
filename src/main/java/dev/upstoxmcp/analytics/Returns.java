package dev.upstoxmcp.analytics;

/** Period returns from prices. */
public final class Returns {

    private Returns() {}

    /**
     * Simple returns of consecutive prices: {@code r_t = P_t / P_{t-1} - 1} for {@code t = 1..n-1} (n prices give n-1
     * returns). Prices must be positive.
     */
    public static double[] simple(double[] prices) {
        if (prices.length < 2) return new double[0];
        double[] returns = new double[prices.length - 1];
        for (int t = 1; t < prices.length; t++) {
            if (prices[t - 1] <= 0) throw new IllegalArgumentException("price " + prices[t - 1] + " is not positive");
            returns[t - 1] = prices[t] / prices[t - 1] - 1;
        }
        return returns;
    }
}
