package dev.upstoxmcp.tools.account;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.DataSource;

/**
 * Money available to trade and margin in use, in INR, equity and commodity combined (as Upstox reports them since
 * July 2025). Parts Upstox did not report are absent.
 */
public record FundsAndMarginAnswer(
        BigDecimal availableToTrade,
        CashFunds cash,
        PledgeFunds pledge,
        UnavailableFunds unavailable,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    /** Cash: the day's movements and the margin blocked against it. */
    public record CashFunds(
            BigDecimal available,
            BigDecimal openingBalance,
            BigDecimal addedToday,
            BigDecimal withdrawnToday,
            BigDecimal fromStockSale,
            BigDecimal unpaidCharges,
            BigDecimal marginUsed,
            BigDecimal mtfMarginUsed,
            BigDecimal realisedLoss,
            BigDecimal unrealisedLoss,
            BigDecimal deliveryMargin) {}

    /** Margin from pledged securities (collateral) and how much of it is used. */
    public record PledgeFunds(BigDecimal available, BigDecimal marginFromPledge, BigDecimal marginUsed) {}

    /** Money that exists but cannot be traded with yet. */
    public record UnavailableFunds(BigDecimal unsettledProfitToday, BigDecimal unsettledProfitEarlier) {}

    @Override
    public String summary() {
        String used = cash.marginUsed() == null ? "" : ", margin used " + Inr.format(cash.marginUsed());
        return "Available to trade " + Inr.format(availableToTrade) + used + ".";
    }
}
