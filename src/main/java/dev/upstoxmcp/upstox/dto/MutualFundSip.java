package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One SIP of {@code GET /v2/mf/sips}. Dates are strings like {@code "2025-03-11 00:00:00.0"}; the instrument key is
 * the fund's bare ISIN; {@code instalments} 999 means "until cancelled".
 *
 * @param status    {@code ACTIVE} or {@code PAUSED}
 * @param frequency e.g. {@code MONTHLY}
 */
public record MutualFundSip(
        @JsonbProperty("instrument_key") String instrumentKey,
        String fund,
        @JsonbProperty("dividend_type") String dividendType,
        String status,
        String created,
        String frequency,
        Integer instalments,
        @JsonbProperty("sip_id") String sipId,
        @JsonbProperty("transaction_type") String transactionType,
        @JsonbProperty("next_instalment") String nextInstalment,
        @JsonbProperty("instalment_amount") BigDecimal instalmentAmount,
        @JsonbProperty("last_instalment") String lastInstalment,
        @JsonbProperty("pending_instalments") Integer pendingInstalments,
        @JsonbProperty("instalment_day") Integer instalmentDay,
        @JsonbProperty("trigger_price") BigDecimal triggerPrice,
        @JsonbProperty("sip_type") String sipType,
        @JsonbProperty("completed_instalments") Integer completedInstalments) {}
