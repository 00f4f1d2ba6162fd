package dev.upstoxmcp.tools.portfolio;

import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.DataSource;

/** A page of today's positions, open ones first, with totals. */
public record PositionsPage(
        ListView view,
        List<PositionRow> positions,
        PositionsTotals totals,
        String nextCursor,
        boolean hasMore,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        return totals.open() + " open and " + totals.closed() + " closed positions today (" + totals.mtf()
                + " MTF): P&L " + Inr.signed(totals.pnl()) + " (realised " + Inr.signed(totals.realised())
                + ", unrealised " + Inr.signed(totals.unrealised()) + ")"
                + (hasMore ? "; showing " + positions.size() + ", pass next_cursor for more" : "") + ".";
    }
}
