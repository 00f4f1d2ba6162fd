package dev.upstoxmcp.upstox.instruments;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One tradable instrument of Upstox's instrument master, as this server uses it. Tick size is in rupees (the master
 * files give it in paise); expiry and strike are null for equities and indices.
 *
 * @param key         the request key, e.g. {@code NSE_EQ|INE002A01018}, {@code NSE_FO|61040}
 * @param type        {@code EQ}, {@code INDEX}, {@code FUT}, {@code CE}, {@code PE} (BSE equities use group codes
 *                    such as {@code A})
 * @param underlyingKey for derivatives, the key of the underlying
 */
public record Instrument(String key, String segment, String exchange, String symbol, String name, String shortName,
                         String isin, String type, LocalDate expiry, BigDecimal strike, int lotSize,
                         BigDecimal tickSize, String underlyingKey, String underlyingSymbol, boolean weekly) {

    public boolean isEquity() {
        return segment.endsWith("_EQ");
    }

    public boolean isIndex() {
        return segment.endsWith("_INDEX");
    }

    public boolean isDerivative() {
        return expiry != null;
    }

    /** How a user recognises it: {@code RELIANCE (NSE)}, {@code Nifty 50 (index)}, {@code NIFTY 26000 CE 24 NOV 26}. */
    public String label() {
        if (isIndex()) return name + " (index, " + exchange + ")";
        if (isDerivative()) return symbol + " (" + exchange + ")";
        return symbol + " (" + name + ", " + exchange + ")";
    }
}
