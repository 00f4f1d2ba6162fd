package dev.upstoxmcp.tools.funds;

import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.DataSource;

/** A page of mutual-fund holdings, largest current value first, with totals over all of them. */
public record MutualFundHoldingsAnswer(
        List<MutualFundHoldingRow> funds,
        MutualFundTotals totals,
        String nextCursor,
        boolean hasMore,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        if (totals.schemes() == 0) return "No mutual fund holdings.";
        return totals.schemes() + " mutual fund schemes worth " + Inr.format(totals.currentValue()) + " (invested "
                + Inr.format(totals.invested()) + "), P&L " + Inr.signed(totals.pnl()) + " ("
                + Inr.signedPercent(totals.pnlPercent()) + ")"
                + (hasMore ? "; showing " + funds.size() + ", pass next_cursor for more" : "") + ".";
    }
}
