package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.DataSource;

/**
 * Realised P&amp;L of one segment over a financial year (or a range inside it), from Upstox's trade-wise report:
 * totals, charges, net P&amp;L after charges, and a page of per-scrip rows, largest P&amp;L first. Amounts in INR;
 * dates IST.
 */
public record PnlReport(
        String financialYear,
        PnlSegment segment,
        LocalDate from,
        LocalDate to,
        boolean custom,
        ListView view,
        PnlTotals totals,
        ChargesBreakdown charges,
        BigDecimal netPnl,
        List<ScripPnl> scrips,
        String nextCursor,
        boolean hasMore,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        String span = "FY " + financialYear + (custom ? " (" + from + " to " + to + ")" : "") + ", " + segment.name();
        String split = totals.shortTerm() == null ? "" : " (intraday " + Inr.signed(totals.intraday())
                + ", short-term " + Inr.signed(totals.shortTerm()) + ", long-term " + Inr.signed(totals.longTerm())
                + ")";
        return span + ": realised P&L " + Inr.signed(totals.realised()) + split + " on " + totals.rows()
                + (totals.rows() == 1 ? " sale" : " sales") + " in " + totals.scrips()
                + (totals.scrips() == 1 ? " scrip" : " scrips") + "; charges " + Inr.format(charges.total())
                + "; net " + Inr.signed(netPnl)
                + (hasMore ? "; showing " + scrips.size() + " of " + totals.scrips() + " scrips, pass next_cursor for more"
                : "") + ".";
    }
}
