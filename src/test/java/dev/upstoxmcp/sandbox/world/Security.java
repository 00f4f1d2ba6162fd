package dev.upstoxmcp.sandbox.world;

/**
 * A security of the demo world and how its price moves: daily log return
 * {@code alpha + beta * market + sectorLoad * sectorFactor + idiosyncratic}, so {@code beta} is its true beta to the
 * NIFTY 50 (the factors are independent of the market and of each other).
 *
 * @param key          Upstox request key, e.g. {@code NSE_EQ|INE002A01018}
 * @param symbol       trading symbol, e.g. {@code RELIANCE} ({@code Nifty 50} for an index's quote key)
 * @param kind         equity, ETF, gold bond or index
 * @param sector       sector name for equities, empty otherwise
 * @param sectorIndex  key of the sector index whose factor moves it, or null
 * @param alpha        annual drift beyond the market's
 * @param idioVol      annual volatility of its own noise
 * @param lastClose    close of the last day of the world (the account's "last price")
 * @param previousClose close of the day before (the account's "close price")
 * @param baseVolume   typical daily volume in shares
 */
public record Security(String key, String symbol, String name, String isin, String exchange, Kind kind,
                       String sector, String sectorIndex, double beta, double sectorLoad, double alpha,
                       double idioVol, String lastClose, String previousClose, long baseVolume) {

    public enum Kind { EQUITY, ETF, GOLD_BOND, INDEX, OPTION }

    static Security equity(String symbol, String name, String isin, String sector, String sectorIndex, double beta,
                           double sectorLoad, double alpha, double idioVol, String previousClose, String lastClose,
                           long baseVolume) {
        return new Security("NSE_EQ|" + isin, symbol, name, isin, "NSE", Kind.EQUITY, sector, sectorIndex, beta,
                sectorLoad, alpha, idioVol, lastClose, previousClose, baseVolume);
    }

    /** The key of quote responses: {@code NSE_EQ:RELIANCE}; indices use their name: {@code NSE_INDEX:Nifty 50}. */
    public String quoteKey() {
        return segment() + ":" + (isIndex() ? name : symbol);
    }

    /** {@code NSE_EQ}, {@code NSE_INDEX}, {@code BSE_INDEX}. */
    public String segment() {
        return key.substring(0, key.indexOf('|'));
    }

    public boolean isIndex() {
        return kind == Kind.INDEX;
    }
}
