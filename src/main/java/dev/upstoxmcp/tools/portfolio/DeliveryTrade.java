package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.upstoxmcp.tools.orders.TradeHistoryRow;

/**
 * What one day's trades in one security did to the delivery holding. Upstox's trade history does not say the
 * product, so same-day buys and sells of a security are matched against each other (intraday, as Indian tax and
 * settlement treat them) and only the day's net quantity is delivery, priced at that side's average price.
 *
 * @param quantity signed: bought (&gt; 0) or sold (&lt; 0)
 * @param amount   {@code |quantity| × price}, INR, gross of charges (the trade history has no charges)
 */
public record DeliveryTrade(LocalDate date, String isin, String instrumentKey, String symbol, long quantity,
                            BigDecimal price, BigDecimal amount) {

    /** The delivery trades of rows sorted oldest first; days whose buys and sells cancel out are left out. */
    static List<DeliveryTrade> of(List<TradeHistoryRow> rows) {
        Map<String, List<TradeHistoryRow>> byDayAndSecurity = new LinkedHashMap<>();
        for (TradeHistoryRow row : rows) {
            if (row.date() == null || row.quantity() <= 0) continue;
            byDayAndSecurity.computeIfAbsent(row.date() + "|" + identity(row), key -> new ArrayList<>()).add(row);
        }
        List<DeliveryTrade> trades = new ArrayList<>();
        for (List<TradeHistoryRow> day : byDayAndSecurity.values()) {
            long bought = quantity(day, true);
            long sold = quantity(day, false);
            long net = bought - sold;
            if (net == 0) continue;
            boolean buy = net > 0;
            BigDecimal price = value(day, buy).divide(BigDecimal.valueOf(buy ? bought : sold), 4, RoundingMode.HALF_UP);
            TradeHistoryRow first = day.get(0);
            trades.add(new DeliveryTrade(first.date(), first.isin(), first.instrumentKey(), first.symbol(), net, price,
                    price.multiply(BigDecimal.valueOf(Math.abs(net))).setScale(2, RoundingMode.HALF_UP)));
        }
        return List.copyOf(trades);
    }

    /** The ISIN identifies a security across exchanges; the instrument key where there is none. */
    static String identity(TradeHistoryRow row) {
        return row.isin() != null ? row.isin() : Objects.toString(row.instrumentKey(), row.symbol());
    }

    boolean isBuy() {
        return quantity > 0;
    }

    private static long quantity(List<TradeHistoryRow> day, boolean buy) {
        return day.stream().filter(row -> isBuy(row) == buy).mapToLong(TradeHistoryRow::quantity).sum();
    }

    private static BigDecimal value(List<TradeHistoryRow> day, boolean buy) {
        return day.stream().filter(row -> isBuy(row) == buy).map(TradeHistoryRow::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean isBuy(TradeHistoryRow row) {
        return "BUY".equalsIgnoreCase(row.side());
    }
}
