package dev.upstoxmcp.tools.orders;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.portfolio.ListView;
import dev.upstoxmcp.upstox.DataSource;

/** A page of the day's trades, newest first, with totals over all of them. */
public record TradesPage(
        LocalDate day,
        ListView view,
        List<TradeRow> trades,
        TradeTotals totals,
        String nextCursor,
        boolean hasMore,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        if (totals.trades() == 0) return "No trades today.";
        return totals.trades() + (totals.trades() == 1 ? " trade on " : " trades on ") + day + ": "
                + totals.describe() + ", turnover " + Inr.format(totals.turnover())
                + (hasMore ? "; showing " + trades.size() + ", pass next_cursor for more" : "") + ".";
    }
}
