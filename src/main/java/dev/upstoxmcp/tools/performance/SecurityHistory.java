package dev.upstoxmcp.tools.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;

import dev.upstoxmcp.tools.portfolio.DeliveryTrade;

/**
 * One security over the period: quantity held now, its delivery trades, closing prices by day, and the last price
 * for today. Quantity on a day (after that day's trades) is {@code held − Σ quantities of later trades}.
 */
record SecurityHistory(String symbol, String instrumentKey, long held, BigDecimal lastPrice, List<DeliveryTrade> trades,
                       NavigableMap<LocalDate, BigDecimal> closes) {

    long quantityAt(LocalDate day) {
        long later = trades.stream().filter(trade -> trade.date().isAfter(day)).mapToLong(DeliveryTrade::quantity)
                .sum();
        return held - later;
    }

    /** The close of {@code day} or the last trading day before; today's last price when {@code today}. */
    BigDecimal priceAt(LocalDate day, LocalDate today) {
        if (day.equals(today) && lastPrice != null && held > 0) return lastPrice;
        var close = closes.floorEntry(day);
        return close == null ? BigDecimal.ZERO : close.getValue();
    }

    BigDecimal valueAt(LocalDate day, LocalDate today) {
        long quantity = quantityAt(day);
        return quantity == 0 ? BigDecimal.ZERO : priceAt(day, today).multiply(BigDecimal.valueOf(quantity));
    }
}
