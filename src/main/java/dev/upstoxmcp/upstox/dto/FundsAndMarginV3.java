package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code GET /v3/user/get-funds-and-margin}: what can be traded with, split into cash and pledge. */
public record FundsAndMarginV3(
        @JsonbProperty("available_to_trade") AvailableToTrade availableToTrade,
        @JsonbProperty("unavailable_to_trade") UnavailableToTrade unavailableToTrade) {

    public record AvailableToTrade(
            BigDecimal total,
            @JsonbProperty("cash_available_to_trade") CashAvailable cashAvailableToTrade,
            @JsonbProperty("pledge_available_to_trade") PledgeAvailable pledgeAvailableToTrade) {}

    public record CashAvailable(BigDecimal total, Cash cash, @JsonbProperty("margin_used") MarginUsed marginUsed) {}

    public record Cash(
            @JsonbProperty("opening_balance") BigDecimal openingBalance,
            @JsonbProperty("added_today") BigDecimal addedToday,
            @JsonbProperty("withdrawn_today") BigDecimal withdrawnToday,
            @JsonbProperty("amount_from_stock_sale") BigDecimal amountFromStockSale,
            @JsonbProperty("unpaid_charges") BigDecimal unpaidCharges) {}

    /** Margin blocked; the pledge bucket has no {@code loss}. */
    public record MarginUsed(
            BigDecimal total,
            BigDecimal mtf,
            Loss loss,
            @JsonbProperty("span_exposure") BigDecimal spanExposure,
            @JsonbProperty("cash_margin_var_elm") BigDecimal cashMarginVarElm,
            @JsonbProperty("premium_present") BigDecimal premiumPresent,
            @JsonbProperty("delivery_margin") DeliveryMargin deliveryMargin) {}

    public record Loss(BigDecimal total, BigDecimal realised, BigDecimal unrealised) {}

    public record DeliveryMargin(BigDecimal total, BigDecimal equity,
                                 @JsonbProperty("fo_settlement") BigDecimal foSettlement) {}

    public record PledgeAvailable(
            BigDecimal total,
            @JsonbProperty("margin_from_pledge") PledgeMargin marginFromPledge,
            @JsonbProperty("margin_used") MarginUsed marginUsed) {}

    public record PledgeMargin(BigDecimal total, BigDecimal equity,
                               @JsonbProperty("mutual_funds") BigDecimal mutualFunds) {}

    public record UnavailableToTrade(
            @JsonbProperty("cash_unavailable_to_trade") CashUnavailable cashUnavailableToTrade,
            @JsonbProperty("pledge_unavailable_to_trade") PledgeMargin pledgeUnavailableToTrade) {}

    public record CashUnavailable(@JsonbProperty("unsettled_profit") UnsettledProfit unsettledProfit) {}

    public record UnsettledProfit(@JsonbProperty("todays_profit") BigDecimal todaysProfit,
                                  @JsonbProperty("previous_days") BigDecimal previousDays) {}
}
