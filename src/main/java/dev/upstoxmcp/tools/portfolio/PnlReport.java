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
 * dates IST. With {@code unrealised} (what is held today, as of today whatever the period), {@code combinedNet} is
 * realised + unrealised − charges; both null when unrealised P&amp;L was not asked for.
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
        UnrealisedPnl unrealised,
        BigDecimal combinedNet,
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
                : "") + "." + unrealisedSummary();
    }

    private String unrealisedSummary() {
        if (unrealised == null) return "";
        String split = unrealised.shortTerm().signum() == 0 && unrealised.longTerm().signum() == 0 ? ""
                : " (short-term " + Inr.signed(unrealised.shortTerm()) + ", long-term "
                + Inr.signed(unrealised.longTerm()) + (unrealised.other().signum() == 0 ? ""
                : ", not equity " + Inr.signed(unrealised.other())) + ")";
        return " Unrealised P&L of today's holdings (as of " + unrealised.asOf() + ", whatever the period) "
                + Inr.signed(unrealised.total()) + split + "; realised + unrealised - charges "
                + Inr.signed(combinedNet) + ".";
    }
}
