package dev.upstoxmcp.sandbox.world;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.upstoxmcp.sandbox.world.Security.Kind;

/**
 * The securities whose prices the demo world models: four indices, the account's holdings and positions, and the
 * stocks it sold earlier. Betas are the ground truth analytics tests check estimates against. ISINs and symbols are
 * the real NSE ones; prices are invented.
 */
public final class Securities {

    public static final String NIFTY_50 = "NSE_INDEX|Nifty 50";
    public static final String NIFTY_BANK = "NSE_INDEX|Nifty Bank";
    public static final String NIFTY_IT = "NSE_INDEX|Nifty IT";
    public static final String SENSEX = "BSE_INDEX|SENSEX";

    public static final List<Security> ALL = List.of(
            index(NIFTY_50, "NIFTY", "Nifty 50", "NSE", 1.0, "25994.30", "26068.15"),
            index(NIFTY_BANK, "BANKNIFTY", "Nifty Bank", "NSE", 1.05, "58730.25", "58912.40"),
            index(NIFTY_IT, "NIFTYIT", "Nifty IT", "NSE", 0.72, "37410.80", "37245.60"),
            index(SENSEX, "SENSEX", "SENSEX", "BSE", 1.0, "84988.05", "85231.92"),
            Security.equity("RELIANCE", "RELIANCE INDUSTRIES LTD", "INE002A01018", "Energy", null, 1.05, 0, 0.02,
                    0.18, "1468.20", "1479.85", 9_000_000),
            Security.equity("TCS", "TATA CONSULTANCY SERV LT", "INE467B01029", "Information Technology", NIFTY_IT,
                    0.70, 0.9, -0.02, 0.16, "3295.60", "3271.30", 2_500_000),
            Security.equity("HDFCBANK", "HDFC BANK LTD", "INE040A01034", "Financial Services", NIFTY_BANK, 0.95,
                    0.8, 0.0, 0.15, "1742.90", "1755.45", 12_000_000),
            Security.equity("INFY", "INFOSYS LIMITED", "INE009A01021", "Information Technology", NIFTY_IT, 0.80,
                    1.0, -0.03, 0.18, "1548.25", "1539.90", 7_000_000),
            Security.equity("ICICIBANK", "ICICI BANK LTD.", "INE090A01021", "Financial Services", NIFTY_BANK, 1.10,
                    0.9, 0.05, 0.16, "1402.35", "1411.20", 14_000_000),
            Security.equity("ITC", "ITC LTD", "INE154A01025", "Fast Moving Consumer Goods", null, 0.60, 0, 0.01,
                    0.15, "418.55", "421.05", 15_000_000),
            Security.equity("HINDUNILVR", "HINDUSTAN UNILEVER LTD.", "INE030A01027", "Fast Moving Consumer Goods",
                    null, 0.55, 0, -0.03, 0.14, "2418.70", "2405.15", 1_500_000),
            Security.equity("BHARTIARTL", "BHARTI AIRTEL LIMITED", "INE397D01024", "Telecommunication", null, 0.85,
                    0, 0.12, 0.17, "2094.40", "2101.65", 6_000_000),
            Security.equity("LT", "LARSEN & TOUBRO LTD.", "INE018A01030", "Construction", null, 1.20, 0, 0.04,
                    0.18, "3985.50", "3968.10", 2_000_000),
            Security.equity("SUNPHARMA", "SUN PHARMACEUTICAL IND L", "INE044A01036", "Healthcare", null, 0.65, 0,
                    0.08, 0.17, "1712.35", "1724.80", 3_000_000),
            Security.equity("MARUTI", "MARUTI SUZUKI INDIA LTD.", "INE585B01010", "Automobile and Auto Components",
                    null, 0.90, 0, 0.06, 0.19, "15920.25", "16044.60", 400_000),
            Security.equity("TATAPOWER", "TATA POWER CO LTD", "INE245A01021", "Power", null, 1.40, 0, 0.05, 0.28,
                    "402.15", "398.70", 20_000_000),
            new Security("NSE_EQ|INF204KB14I2", "NIFTYBEES", "NIP IND ETF NIFTY BEES", "INF204KB14I2", "NSE",
                    Kind.ETF, "Exchange Traded Fund", null, 1.0, 0, -0.001, 0.01, "293.05", "291.60", 5_000_000),
            new Security("NSE_EQ|IN0020230184", "SGBFEB32IV", "SOVEREIGN GOLD BOND 2023-24 SR-IV", "IN0020230184",
                    "NSE", Kind.GOLD_BOND, "Gold Bond", null, 0.0, 0, 0.14, 0.14, "12650.00", "12598.00", 2_000),
            Security.equity("SBIN", "STATE BANK OF INDIA", "INE062A01020", "Financial Services", NIFTY_BANK, 1.15,
                    0.7, 0.03, 0.20, "809.75", "815.30", 16_000_000),
            Security.equity("TATAMOTORS", "TATA MOTORS LIMITED", "INE155A01022", "Automobile and Auto Components",
                    null, 1.35, 0, 0.0, 0.27, "705.40", "698.60", 18_000_000),
            Security.equity("TATASTEEL", "TATA STEEL LIMITED", "INE081A01020", "Metals & Mining", null, 1.30, 0, 0.0,
                    0.26, "155.10", "157.85", 40_000_000),
            Security.equity("ADANIPORTS", "ADANI PORTS AND SPECIAL ECONOMIC ZONE LTD", "INE742F01042", "Services",
                    null, 1.25, 0, 0.04, 0.28, "1402.80", "1396.20", 3_000_000),
            Security.equity("WIPRO", "WIPRO LTD", "INE075A01022", "Information Technology", NIFTY_IT, 0.75, 1.0,
                    -0.04, 0.19, "246.30", "244.85", 9_000_000),
            Security.equity("AXISBANK", "AXIS BANK LIMITED", "INE238A01034", "Financial Services", NIFTY_BANK, 1.10,
                    0.9, 0.0, 0.18, "1221.40", "1228.75", 7_000_000),
            Security.equity("TITAN", "TITAN COMPANY LIMITED", "INE280A01028", "Consumer Durables", null, 0.95, 0,
                    0.05, 0.19, "3580.60", "3612.10", 1_200_000),
            Security.equity("ASIANPAINT", "ASIAN PAINTS LIMITED", "INE021A01026", "Consumer Durables", null, 0.70, 0,
                    -0.06, 0.18, "2312.45", "2298.90", 1_500_000));

    public static final Map<String, Security> BY_KEY = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Security::key, Function.identity()));
    public static final Map<String, Security> BY_SYMBOL = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Security::symbol, Function.identity()));

    private Securities() {}

    public static Security bySymbol(String symbol) {
        Security security = BY_SYMBOL.get(symbol);
        if (security == null) throw new IllegalArgumentException("not in the demo world: " + symbol);
        return security;
    }

    private static Security index(String key, String symbol, String name, String exchange, double beta,
                                  String previousClose, String lastClose) {
        return new Security(key, symbol, name, "", exchange, Kind.INDEX, "", null, beta, 0, 0, 0, lastClose,
                previousClose, 0);
    }
}
