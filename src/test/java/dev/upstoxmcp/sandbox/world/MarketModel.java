package dev.upstoxmcp.sandbox.world;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Daily bars of every {@link Securities security} over the world's trading days, from a seeded one-factor model with
 * sector factors: market log returns are normal with 11% drift and 13.5% volatility a year; a stock's return is
 * {@code alpha + beta * market + sectorLoad * sector + noise}. The series are scaled so the last two closes are
 * the account's anchors exactly. Normal draws use Box-Muller on {@link SplittableRandom#nextDouble()}, whose
 * algorithm is fixed, so the output is the same on every JDK.
 */
public final class MarketModel {

    public static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    static final long SEED = 20261120L;

    private static final double DT = 1.0 / 252;
    private static final double MARKET_DRIFT = 0.11;
    private static final double MARKET_VOL = 0.135;
    private static final double SECTOR_VOL = 0.10;
    /** Where a series must start as well as end: gold rose from about ₹5,600 a gram, as it did. */
    private static final Map<String, Double> FIRST_CLOSES = Map.of("NSE_EQ|IN0020230184", 5600.0);

    private final List<LocalDate> days = TradingCalendar.tradingDays(FIRST_DAY, LAST_DAY);
    private final double[] market = normals("market", MARKET_VOL, MARKET_DRIFT);
    private final Map<String, double[]> sectors = Map.of(
            Securities.NIFTY_BANK, normals("bank sector", SECTOR_VOL, 0),
            Securities.NIFTY_IT, normals("it sector", SECTOR_VOL * 1.2, 0));
    private final Map<String, List<DailyBar>> bars = new LinkedHashMap<>();

    public MarketModel() {
        for (Security security : Securities.ALL) bars.put(security.key(), barsOf(security));
    }

    public List<LocalDate> days() {
        return days;
    }

    /** Oldest first. */
    public List<DailyBar> bars(String key) {
        List<DailyBar> series = bars.get(key);
        if (series == null) throw new IllegalArgumentException("no series for " + key);
        return series;
    }

    /** The close of a security on a trading day. */
    public BigDecimal close(String key, LocalDate day) {
        return bars(key).stream().filter(bar -> bar.date().equals(day)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(day + " is not a trading day")).close();
    }

    private List<DailyBar> barsOf(Security security) {
        double[] returns = returnsOf(security);
        SplittableRandom random = random("bars " + security.key());
        int n = days.size();
        double[] closes = new double[n];
        closes[n - 1] = Double.parseDouble(security.lastClose());
        closes[n - 2] = Double.parseDouble(security.previousClose());
        for (int t = n - 2; t > 0; t--) closes[t - 1] = closes[t] * Math.exp(-returns[t]);
        Double firstClose = FIRST_CLOSES.get(security.key());
        if (firstClose != null) {       // bend the path to start there, leaving the last two closes as they are
            double gap = Math.log(firstClose / closes[0]);
            for (int t = 0; t < n - 2; t++) closes[t] *= Math.exp(gap * (n - 2 - t) / (n - 2));
        }
        double dayVol = Math.max(0.006, (Math.abs(security.beta()) * MARKET_VOL + security.idioVol()) * Math.sqrt(DT));
        List<DailyBar> series = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            double close = closes[t];
            double open = t == 0 ? close : closes[t - 1] * Math.exp(0.25 * dayVol * gauss(random));
            double high = Math.max(open, close) * Math.exp(Math.abs(0.5 * dayVol * gauss(random)));
            double low = Math.min(open, close) * Math.exp(-Math.abs(0.5 * dayVol * gauss(random)));
            long volume = security.isIndex() ? 0
                    : Math.round(security.baseVolume() * Math.exp(0.35 * gauss(random)));
            series.add(new DailyBar(days.get(t), price(open, security), price(high, security), price(low, security),
                    price(close, security), volume));
        }
        return List.copyOf(series);
    }

    /** Daily log returns of a security; index 0 is unused (no previous close). */
    private double[] returnsOf(Security security) {
        if (security.key().equals(Securities.NIFTY_50)) return market;
        double[] noise = normals("noise " + security.key(), noiseVol(security), 0);
        double[] sector = sectors.containsKey(security.key()) ? sectors.get(security.key())
                : security.sectorIndex() == null ? null : sectors.get(security.sectorIndex());
        double sectorLoad = sectors.containsKey(security.key()) ? 1.0 : security.sectorLoad();
        double[] returns = new double[days.size()];
        for (int t = 1; t < returns.length; t++) {
            returns[t] = security.alpha() * DT + security.beta() * market[t] + noise[t]
                    + (sector == null ? 0 : sectorLoad * sector[t]);
        }
        return returns;
    }

    private static double noiseVol(Security security) {
        return switch (security.kind()) {
            case INDEX -> security.key().equals(Securities.SENSEX) ? 0.015 : 0.03;
            default -> security.idioVol();
        };
    }

    /** Daily normal log returns with an annual volatility and drift (drift corrected for the log). */
    private double[] normals(String stream, double annualVol, double annualDrift) {
        SplittableRandom random = random(stream);
        double[] values = new double[days.size()];
        double mean = (annualDrift - annualVol * annualVol / 2) * DT;
        for (int t = 1; t < values.length; t++) values[t] = mean + annualVol * Math.sqrt(DT) * gauss(random);
        return values;
    }

    private static SplittableRandom random(String stream) {
        return new SplittableRandom(SEED * 31 + stream.hashCode());
    }

    /** Box-Muller on the random's doubles. */
    private static double gauss(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Equity prices on the ₹0.05 tick, index levels to two decimals. */
    private static BigDecimal price(double value, Security security) {
        BigDecimal exact = BigDecimal.valueOf(value);
        if (security.isIndex()) return exact.setScale(2, RoundingMode.HALF_UP);
        return exact.multiply(BigDecimal.valueOf(20)).setScale(0, RoundingMode.HALF_UP)
                .divide(BigDecimal.valueOf(20), 2, RoundingMode.UNNECESSARY);
    }
}
