package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One fill of {@code GET /v2/order/trades/get-trades-for-day}. Upstox's documentation sample shows a legacy numeric
 * {@code instrument_token} and {@code dd-MMM-yyyy HH:mm:ss} timestamps; the order book's {@code NSE_EQ|ISIN} key and
 * {@code yyyy-MM-dd HH:mm:ss} are expected live, and readers accept both timestamp forms.
 */
public record Trade(
        String exchange,
        String product,
        @JsonbProperty("trading_symbol") String tradingSymbol,
        @JsonbProperty("tradingsymbol") String tradingSymbolLegacy,
        @JsonbProperty("instrument_token") String instrumentKey,
        @JsonbProperty("order_type") String orderType,
        @JsonbProperty("transaction_type") String transactionType,
        Long quantity,
        @JsonbProperty("exchange_order_id") String exchangeOrderId,
        @JsonbProperty("order_id") String orderId,
        @JsonbProperty("exchange_timestamp") String exchangeTimestamp,
        @JsonbProperty("average_price") BigDecimal averagePrice,
        @JsonbProperty("trade_id") String tradeId,
        @JsonbProperty("order_ref_id") String orderRefId,
        @JsonbProperty("order_timestamp") String orderTimestamp) {

    public String symbol() {
        return tradingSymbol != null ? tradingSymbol : tradingSymbolLegacy;
    }
}
