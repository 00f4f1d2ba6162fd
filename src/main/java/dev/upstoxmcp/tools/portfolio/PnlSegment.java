package dev.upstoxmcp.tools.portfolio;

/** The segments of Upstox's P&amp;L report: equity, futures and options, commodity, currency. */
public enum PnlSegment {
    EQ, FO, COM, CD;

    /** The equity split into intraday, short- and long-term gains applies to equity only. */
    boolean isEquity() {
        return this == EQ;
    }
}
