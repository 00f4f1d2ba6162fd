package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One order of {@code GET /v2/order/retrieve-all} (the day's order book), or one state of it in
 * {@code GET /v2/order/history} (which leaves out {@code guid}, {@code pending_quantity}, {@code status_message_raw}
 * and {@code order_ref_id}). Timestamps are {@code yyyy-MM-dd HH:mm:ss} in IST; {@code status} is a lower-case phrase
 * such as {@code open}, {@code trigger pending} or {@code after market order req received}; {@code price} is 0 for
 * market orders.
 */
public record Order(
        String exchange,
        String product,
        BigDecimal price,
        Long quantity,
        String status,
        String guid,
        String tag,
        @JsonbProperty("instrument_token") String instrumentKey,
        @JsonbProperty("placed_by") String placedBy,
        @JsonbProperty("trading_symbol") String tradingSymbol,
        @JsonbProperty("tradingsymbol") String tradingSymbolLegacy,
        @JsonbProperty("order_type") String orderType,
        String validity,
        @JsonbProperty("trigger_price") BigDecimal triggerPrice,
        @JsonbProperty("disclosed_quantity") Long disclosedQuantity,
        @JsonbProperty("transaction_type") String transactionType,
        @JsonbProperty("average_price") BigDecimal averagePrice,
        @JsonbProperty("filled_quantity") Long filledQuantity,
        @JsonbProperty("pending_quantity") Long pendingQuantity,
        @JsonbProperty("status_message") String statusMessage,
        @JsonbProperty("status_message_raw") String statusMessageRaw,
        @JsonbProperty("exchange_order_id") String exchangeOrderId,
        @JsonbProperty("parent_order_id") String parentOrderId,
        @JsonbProperty("order_id") String orderId,
        String variety,
        @JsonbProperty("order_timestamp") String orderTimestamp,
        @JsonbProperty("exchange_timestamp") String exchangeTimestamp,
        @JsonbProperty("is_amo") Boolean isAmo,
        @JsonbProperty("order_request_id") String orderRequestId,
        @JsonbProperty("order_ref_id") String orderRefId) {

    public String symbol() {
        return tradingSymbol != null ? tradingSymbol : tradingSymbolLegacy;
    }
}
