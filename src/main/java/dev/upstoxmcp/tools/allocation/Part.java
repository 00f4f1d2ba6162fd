package dev.upstoxmcp.tools.allocation;

import java.math.BigDecimal;

/**
 * One holding, fund scheme or the cash, classified and valued, before weights are known.
 *
 * @param sector    Upstox's sector of a company share, a bucket of {@link Part} for other assets, {@link #UNKNOWN}
 * @param marketCap null for anything but a company share
 * @param note      why something about it is unknown, null when nothing is
 */
record Part(String symbol, String name, String isin, AssetClass assetClass, String sector, MarketCapBucket marketCap,
            BigDecimal marketCapCrore, String marketCapBasis, BigDecimal value, String note) {

    /** Sector buckets of what is not a company share, and of a company whose sector Upstox does not report. */
    static final String UNKNOWN = "Unknown";
    static final String DIVERSIFIED_ETF = "Diversified (ETF)";
    static final String GOLD = "Gold";
    static final String MUTUAL_FUNDS = "Mutual funds (diversified)";
    static final String CASH = "Cash";
    static final String OTHER = "Other";

    /** How a table names it: its symbol, or a fund's name. */
    String label() {
        return symbol != null ? symbol : name;
    }

    boolean isEquity() {
        return assetClass == AssetClass.EQUITY;
    }
}
