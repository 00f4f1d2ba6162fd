package dev.upstoxmcp.sandbox.world;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.upstoxmcp.sandbox.world.Trade.Side;

/**
 * Every trade of the demo account since January 2023, oldest first: the buys (and partial sells) that built today's
 * holdings, a monthly ETF purchase, four stocks bought and sold again (short- and long-term gains and a loss), the
 * MTF and option positions carried into the last day, and the last day's intraday trades. Delivery trades are at
 * the day's close; intraday ones inside the day's range; the gold bond at its issue price.
 */
public final class Ledger {

    public static final BigDecimal SGB_ISSUE_PRICE = new BigDecimal("6263.00");

    private final MarketModel market;
    private final List<Trade> trades = new ArrayList<>();
    private int sequence;

    public Ledger(MarketModel market) {
        this.market = market;
        holdings();
        exits();
        carriedPositions();
        lastDay();
        trades.sort(Comparator.comparing(Trade::date).thenComparing(Trade::time).thenComparing(Trade::tradeId));
    }

    public List<Trade> trades() {
        return List.copyOf(trades);
    }

    private void holdings() {
        delivery("RELIANCE", "2023-03-15", 20, "2024-06-10", 10, "2025-09-22", 10);
        delivery("TCS", "2023-07-12", 8, "2024-12-18", 4);
        delivery("HDFCBANK", "2023-05-08", 40, "2024-08-05", 30);
        sell("HDFCBANK", "2025-06-16", 10);
        delivery("INFY", "2023-04-20", 25, "2024-02-14", 20);
        sell("INFY", "2025-01-23", 10);
        delivery("ICICIBANK", "2024-03-04", 50);
        delivery("ITC", "2023-09-11", 100, "2025-03-17", 50);
        delivery("HINDUNILVR", "2024-10-07", 15);
        delivery("BHARTIARTL", "2023-06-19", 30);
        delivery("LT", "2024-01-23", 10);
        delivery("SUNPHARMA", "2023-08-28", 25);
        delivery("MARUTI", "2023-11-06", 2, "2025-05-19", 2);
        delivery("TATAPOWER", "2023-10-16", 150);
        sell("TATAPOWER", "2025-11-03", 30);
        for (LocalDate month = LocalDate.of(2024, 1, 1); month.isBefore(LocalDate.of(2025, 9, 1));
             month = month.plusMonths(1)) {
            LocalDate day = TradingCalendar.onOrAfter(month);
            add(day, LocalTime.of(9, 30), Securities.bySymbol("NIFTYBEES"), Side.BUY, 10,
                    market.close("NSE_EQ|INF204KB14I2", day), "D");
        }
        add(LocalDate.of(2024, 2, 21), LocalTime.of(10, 0), Securities.bySymbol("SGBFEB32IV"), Side.BUY, 10,
                SGB_ISSUE_PRICE, "D");
    }

    private void exits() {
        delivery("WIPRO", "2023-02-06", 100);
        sell("WIPRO", "2024-04-25", 100);
        delivery("AXISBANK", "2024-05-13", 40);
        sell("AXISBANK", "2024-11-25", 40);
        delivery("TITAN", "2023-12-11", 10);
        sell("TITAN", "2025-07-21", 10);
        delivery("ASIANPAINT", "2025-02-10", 12);
        sell("ASIANPAINT", "2025-08-18", 12);
    }

    private void carriedPositions() {
        at("TATASTEEL", "2026-11-18", Side.BUY, 200, "MTF");
        at("ADANIPORTS", "2026-11-19", Side.BUY, 20, "MTF");
        LocalDate day = LocalDate.of(2026, 11, 19);
        Security call = NiftyOptions.contract(26000, true);
        add(day, LocalTime.of(11, 40), call, Side.BUY, NiftyOptions.LOT_SIZE,
                NiftyOptions.price(call, market.close(Securities.NIFTY_50, day), day), "D");
    }

    /** An intraday round trip in SBIN and an intraday long in TATAMOTORS still open at the close. */
    private void lastDay() {
        intraday("SBIN", Side.BUY, 50, LocalTime.of(10, 5), 0.30);
        intraday("SBIN", Side.SELL, 50, LocalTime.of(14, 20), 0.80);
        intraday("TATAMOTORS", Side.BUY, 100, LocalTime.of(11, 15), 0.55);
    }

    private void delivery(String symbol, Object... dateQuantityPairs) {
        for (int i = 0; i < dateQuantityPairs.length; i += 2) {
            at(symbol, (String) dateQuantityPairs[i], Side.BUY, ((Number) dateQuantityPairs[i + 1]).longValue(), "D");
        }
    }

    private void sell(String symbol, String date, long quantity) {
        at(symbol, date, Side.SELL, quantity, "D");
    }

    private void at(String symbol, String date, Side side, long quantity, String product) {
        LocalDate day = LocalDate.parse(date);
        if (!TradingCalendar.isTradingDay(day)) throw new IllegalArgumentException(date + " is not a trading day");
        Security security = Securities.bySymbol(symbol);
        add(day, LocalTime.of(15, 20), security, side, quantity, market.close(security.key(), day), product);
    }

    /** A fill at {@code fraction} of the way from the day's low to its high, on the tick. */
    private void intraday(String symbol, Side side, long quantity, LocalTime time, double fraction) {
        Security security = Securities.bySymbol(symbol);
        DailyBar bar = market.bars(security.key()).get(market.bars(security.key()).size() - 1);
        BigDecimal price = bar.low().add(bar.high().subtract(bar.low()).multiply(BigDecimal.valueOf(fraction)))
                .multiply(BigDecimal.valueOf(20)).setScale(0, RoundingMode.HALF_UP)
                .divide(BigDecimal.valueOf(20), 2, RoundingMode.UNNECESSARY);
        add(MarketModel.LAST_DAY, time, security, side, quantity, price, "I");
    }

    private void add(LocalDate day, LocalTime time, Security security, Side side, long quantity, BigDecimal price,
                     String product) {
        sequence++;
        String orderId = String.format("%02d%02d%02d%09d", day.getYear() % 100, day.getMonthValue(),
                day.getDayOfMonth(), 10_925_000L + sequence * 13L);
        String tradeId = String.valueOf(70_000_000 + sequence * 37);
        trades.add(new Trade(tradeId, orderId, day, time, security, side, quantity, price, product));
    }
}
