package dev.upstoxmcp.tools.market;

/** How much of a quote to fetch: last price only, the day's OHLC, or everything incl. market depth. */
public enum QuoteMode {
    LTP, OHLC, FULL
}
