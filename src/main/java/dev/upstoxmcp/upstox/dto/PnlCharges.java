package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * {@code GET /v2/trade/profit-loss/charges}: the charges of the trades of a financial year (or of a range inside it),
 * in INR. {@code ipft} may be null; {@code demat_transaction} is the depository (DP) charge on delivery sales.
 */
public record PnlCharges(@JsonbProperty("charges_breakdown") Breakdown chargesBreakdown) {

    public record Breakdown(BigDecimal total, BigDecimal brokerage, Taxes taxes, Charges charges) {}

    public record Taxes(BigDecimal gst, BigDecimal stt, @JsonbProperty("stamp_duty") BigDecimal stampDuty) {}

    public record Charges(
            BigDecimal transaction,
            BigDecimal clearing,
            BigDecimal ipft,
            BigDecimal others,
            @JsonbProperty("sebi_turnover") BigDecimal sebiTurnover,
            @JsonbProperty("demat_transaction") BigDecimal dematTransaction) {}
}
