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
        return onTick(greeks(strikeOf(contract), isCall(contract), spot, day, NOVEMBER_EXPIRY).price());
    }

    /**
     * Price and greeks of a European option: delta, gamma per index point, theta per calendar day, vega per one
     * point of volatility, probability of finishing in the money (N(d2), resp. N(-d2)).
     */
    public record Greeks(double price, double delta, double gamma, double theta, double vega,
                         double probabilityInTheMoney) {}

    public static Greeks greeks(double strike, boolean call, BigDecimal spot, LocalDate day, LocalDate expiry) {
        double s = spot.doubleValue();
        double t = Math.max(1, ChronoUnit.DAYS.between(day, expiry)) / 365.0;
        double root = Math.sqrt(t);
        double d1 = (Math.log(s / strike) + (RATE + VOLATILITY * VOLATILITY / 2) * t) / (VOLATILITY * root);
        double d2 = d1 - VOLATILITY * root;
        double discount = Math.exp(-RATE * t);
        double density = NORMAL.density(d1);
        double gamma = density / (s * VOLATILITY * root);
        double vega = s * density * root / 100;
        double decay = -s * density * VOLATILITY / (2 * root);
        if (call) {
            return new Greeks(s * NORMAL.cumulativeProbability(d1) - strike * discount
                    * NORMAL.cumulativeProbability(d2), NORMAL.cumulativeProbability(d1), gamma,
                    (decay - RATE * strike * discount * NORMAL.cumulativeProbability(d2)) / 365, vega,
                    NORMAL.cumulativeProbability(d2));
        }
        return new Greeks(strike * discount * NORMAL.cumulativeProbability(-d2) - s
                * NORMAL.cumulativeProbability(-d1), NORMAL.cumulativeProbability(d1) - 1, gamma,
                (decay + RATE * strike * discount * NORMAL.cumulativeProbability(-d2)) / 365, vega,
                NORMAL.cumulativeProbability(-d2));
    }

    /** At least one tick, on the ₹0.05 tick. */
    public static BigDecimal onTick(double value) {
        return BigDecimal.valueOf(Math.max(0.05, value)).multiply(BigDecimal.valueOf(20))
                .setScale(0, RoundingMode.HALF_UP).divide(BigDecimal.valueOf(20), 2, RoundingMode.UNNECESSARY);
    }
}
