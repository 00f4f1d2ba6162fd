package dev.upstoxmcp.tools.portfolio;

import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.DataSource;

/** A page of holdings, largest current value first, with portfolio totals. */
public record HoldingsPage(
        ListView view,
        List<HoldingRow> holdings,
        HoldingsTotals totals,
        String nextCursor,
        boolean hasMore,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        return totals.holdings() + " holdings worth " + Inr.format(totals.currentValue()) + " (invested "
                + Inr.format(totals.invested()) + "), P&L " + Inr.signed(totals.pnl()) + " ("
                + Inr.signedPercent(totals.pnlPercent()) + "), today " + Inr.signed(totals.dayChange()) + " ("
                + Inr.signedPercent(totals.dayChangePercent()) + ")"
                + (hasMore ? "; showing " + holdings.size() + ", pass next_cursor for more" : "") + ".";
    }
}
