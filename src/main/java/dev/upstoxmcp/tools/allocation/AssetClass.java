package dev.upstoxmcp.tools.allocation;

import java.util.Locale;

/**
 * What kind of asset a holding is, read from its instrument data: the ISIN's issuer prefix (ISO 6166 as used by
 * NSDL: {@code INE} companies, {@code INF} mutual-fund units, {@code IN0} the Government of India) and Upstox's
 * instrument type ({@code GB} for sovereign gold bonds).
 */
public enum AssetClass {
    EQUITY, ETF, GOLD_BOND, MUTUAL_FUND, CASH, OTHER;

    /**
     * A delivery holding (listed on an exchange): {@code INE…} is a company share, {@code INF…} fund units traded on
     * the exchange, i.e. an ETF, and a Government of India security ({@code IN0…}) of type {@code GB} or with an
     * {@code SGB} symbol a sovereign gold bond; anything else (other bonds, REIT units without data) is other.
     *
     * @param instrumentType Upstox's instrument type, null when the instrument list does not know the holding
     */
    static AssetClass ofListed(String isin, String instrumentType, String symbol) {
        String code = isin == null ? "" : isin.strip().toUpperCase(Locale.ROOT);
        if (code.startsWith("INE")) return EQUITY;
        if (code.startsWith("INF")) return ETF;
        boolean goldBondType = "GB".equalsIgnoreCase(instrumentType);
        boolean goldBondSymbol = symbol != null && symbol.toUpperCase(Locale.ROOT).startsWith("SGB");
        if (goldBondType || code.startsWith("IN0") && goldBondSymbol) return GOLD_BOND;
        return OTHER;
    }

    /** {@code gold_bond}: the name tools show. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
