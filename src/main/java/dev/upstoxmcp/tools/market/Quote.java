package dev.upstoxmcp.tools.market;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A quote of one instrument in INR (index points for indices). Which fields are present depends on the mode: all
 * modes have the last price and its change against the previous close; {@code ohlc} adds the session's open, high,
 * low and volume; {@code full} adds averages, 52-week range, circuit limits, open interest, the best bid and ask and,
 * on request, five levels of depth.
 */
public record Quote(
        String symbol,
        String exchange,
        String instrumentKey,
        BigDecimal lastPrice,
        BigDecimal change,
        BigDecimal changePercent,
        BigDecimal previousClose,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        Long volume,
        Long lastQuantity,
        BigDecimal averagePrice,
        BigDecimal yearHigh,
        BigDecimal yearLow,
        BigDecimal lowerCircuit,
        BigDecimal upperCircuit,
        Long openInterest,
        BigDecimal bid,
        BigDecimal ask,
        Long totalBuyQuantity,
        Long totalSellQuantity,
        OffsetDateTime lastTradeTime,
        Depth depth) {

    /** Five price levels a side, best first. */
    public record Depth(List<Level> bids, List<Level> asks) {}

    public record Level(BigDecimal price, long quantity, long orders) {}
}
