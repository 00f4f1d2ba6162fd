package dev.upstoxmcp.upstox;

import java.util.Locale;

/**
 * The Upstox API groups, each behind its own circuit breaker and bulkhead ({@link UpstoxCircuits}): when one group
 * fails or slows down, calls to the others go on.
 */
public enum UpstoxGroup {
    /** {@link PortfolioApi}: holdings and positions. */
    PORTFOLIO("portfolio"),
    /** {@link OrderApi}: the day's orders and trades. */
    ORDERS("orders"),
    /** {@link ChargesApi} and {@link PnlApi}: historical trades and the P&L report. */
    REPORTS("trade history and P&L"),
    /** {@link HistoryApi}, {@link MarketQuoteApi} and {@link OptionApi}: candles, quotes and option chains. */
    MARKET_DATA("market data"),
    /** {@link FundamentalsApi} and {@link NewsApi}: company fundamentals, corporate actions and news. */
    RESEARCH("fundamentals and news"),
    /** {@link UserApi}: profile, funds and margin. */
    ACCOUNT("account"),
    /** {@link MutualFundApi}: mutual fund holdings and SIPs. */
    MUTUAL_FUNDS("mutual funds"),
    /** {@link MarketInfoApi} and {@link InstrumentSearchApi}: market status, holidays, timings, instrument search. */
    MARKET_INFO("market information");

    private final String label;

    UpstoxGroup(String label) {
        this.label = label;
    }

    /** How the user reads the group: "Upstox's market data service". */
    public String label() {
        return label;
    }

    /** The group's name in readiness data: {@code market-data}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The group's method on {@link UpstoxCircuits}, which names its fault tolerance keys: {@code marketData}. */
    public String circuit() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder method = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            method.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return method.toString();
    }
}
