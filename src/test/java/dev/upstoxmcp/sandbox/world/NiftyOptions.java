package dev.upstoxmcp.sandbox.world;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * NIFTY 50 index options of the demo world, priced with Black-Scholes from the modelled index (implied volatility
 * 12% a year, risk-free rate 6.5%, no dividends) so option prices and greeks agree with the underlying's candles.
 */
public final class NiftyOptions {

    public static final LocalDate NOVEMBER_EXPIRY = LocalDate.of(2026, 11, 24);
    public static final int LOT_SIZE = 75;
    static final double VOLATILITY = 0.12;
    static final double RATE = 0.065;
    private static final NormalDistribution NORMAL = new NormalDistribution();

    private NiftyOptions() {}

    /** A November 2026 contract, e.g. strike 26000 CE is {@code NIFTY26NOV26000CE}, key {@code NSE_FO|<token>}. */
    public static Security contract(int strike, boolean call) {
        String type = call ? "CE" : "PE";
        int token = 60000 + strike / 25 + (call ? 0 : 1);
        return new Security("NSE_FO|" + token, "NIFTY26NOV" + strike + type, "NIFTY", "", "NFO",
                Security.Kind.OPTION, "", null, 0, 0, 0, 0, "", "", 0);
    }

    /** Strike of a contract made by {@link #contract}. */
    public static int strikeOf(Security contract) {
        String symbol = contract.symbol();
        return Integer.parseInt(symbol.substring("NIFTY26NOV".length(), symbol.length() - 2));
    }

    public static boolean isCall(Security contract) {
        return contract.symbol().endsWith("CE");
    }

    /** Black-Scholes price on the ₹0.05 tick at the index level {@code spot} on {@code day}. */
    public static BigDecimal price(Security contract, BigDecimal spot, LocalDate day) {
        double s = spot.doubleValue();
        double k = strikeOf(contract);
        double t = Math.max(1, ChronoUnit.DAYS.between(day, NOVEMBER_EXPIRY)) / 365.0;
        double d1 = (Math.log(s / k) + (RATE + VOLATILITY * VOLATILITY / 2) * t) / (VOLATILITY * Math.sqrt(t));
        double d2 = d1 - VOLATILITY * Math.sqrt(t);
        double discount = Math.exp(-RATE * t);
        double value = isCall(contract) ? s * NORMAL.cumulativeProbability(d1) - k * discount
                * NORMAL.cumulativeProbability(d2)
                : k * discount * NORMAL.cumulativeProbability(-d2) - s * NORMAL.cumulativeProbability(-d1);
        return BigDecimal.valueOf(Math.max(0.05, value)).multiply(BigDecimal.valueOf(20))
                .setScale(0, RoundingMode.HALF_UP).divide(BigDecimal.valueOf(20), 2, RoundingMode.UNNECESSARY);
    }
}
