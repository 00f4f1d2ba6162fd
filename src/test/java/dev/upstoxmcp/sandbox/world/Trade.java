package dev.upstoxmcp.sandbox.world;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One executed trade of the demo account.
 *
 * @param product Upstox product code: {@code D} delivery (or carry-forward for F&amp;O), {@code I} intraday,
 *                {@code MTF}
 */
public record Trade(String tradeId, String orderId, LocalDate date, LocalTime time, Security security, Side side,
                    long quantity, BigDecimal price, String product) {

    public enum Side { BUY, SELL }

    public BigDecimal value() {
        return price.multiply(BigDecimal.valueOf(quantity));
    }

    public boolean isBuy() {
        return side == Side.BUY;
    }
}
