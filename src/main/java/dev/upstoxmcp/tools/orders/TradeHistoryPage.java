package dev.upstoxmcp.tools.orders;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.portfolio.ListView;
import dev.upstoxmcp.upstox.DataSource;

/**
 * Trades between two dates (IST, both inclusive), newest first, one page of them, with totals over the whole range.
 * {@code segment} is null for all segments, {@code instrument} the symbol asked for, if any.
 */
public record TradeHistoryPage(
        LocalDate from,
        LocalDate to,
        TradeSegment segment,
        String instrument,
        ListView view,
        List<TradeHistoryRow> trades,
        TradeTotals totals,
        String nextCursor,
        boolean hasMore,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        String scope = (instrument == null ? "" : " of " + instrument) + " from " + from + " to " + to + " ("
                + (segment == null ? "all segments" : segment.name()) + ")";
        if (totals.trades() == 0) return "No trades" + scope + ".";
        return totals.trades() + (totals.trades() == 1 ? " trade" : " trades") + scope + ": " + totals.describe()
                + ", turnover " + Inr.format(totals.turnover())
                + (hasMore ? "; showing the latest " + trades.size() + ", pass next_cursor for older ones" : "") + ".";
    }
}
