package dev.upstoxmcp.tools.portfolio;

import java.time.LocalDate;
import java.util.Optional;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.Progress;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** What the user's sales earned: Upstox's trade-wise, tax-year P&amp;L report. */
@ApplicationScoped
public class PnlReportTools {

    @Inject
    PnlReportService reports;

    @Tool(name = "get_pnl_report", title = "P&L report", description = """
            Realised profit and loss of the Upstox account for one Indian financial year (April-March) or any \
            from/to range (up to 5 financial years; each year's part is asked separately and added up), in INR, from Upstox's trade-wise tax P&L report: every sale matched with its purchase \
            (buy and sell dates and prices), totals, the equity split into intraday (speculative), short-term \
            (held up to 365 days) and long-term (held longer) gains, Upstox's charges (brokerage, GST, STT, stamp \
            duty, exchange transaction, SEBI, DP) and net P&L after charges. Segment EQ (default), FO, COM or CD. \
            Default: the current financial year. Dates are trade dates in IST. Compact rows are per scrip, largest P&L first; view=full adds each matched lot, \
            view=summary gives totals only. include_unrealised (default true, equity only) adds the unrealised P&L \
            of today's holdings (as of today, whatever the period) split short-term/long-term by each open lot's \
            holding period (lots rebuilt first-in-first-out from the trade history), per holding in view=full, and \
            combined_net = realised + unrealised - charges. Paged with next_cursor.""")
    public PnlReport getPnlReport(
            @ToolArg(description = "Financial year, e.g. 2025-26, FY26 or 2526; default the current one, or the year "
                    + "of from") Optional<String> financialYear,
            @ToolArg(description = "First trade date, yyyy-MM-dd (IST); inside financial_year when that is given")
            Optional<LocalDate> from,
            @ToolArg(description = "Last trade date, yyyy-MM-dd (IST), not after today; default the end of from's year")
            Optional<LocalDate> to,
            @ToolArg(description = "eq equity | fo futures and options | com commodity | cd currency",
                    defaultValue = "eq") PnlSegment segment,
            @ToolArg(description = "Add the unrealised P&L of today's holdings (equity only)", defaultValue = "true")
            boolean includeUnrealised,
            @ToolArg(description = "summary | compact | full", defaultValue = "compact") ListView view,
            @ToolArg(description = "Scrips per page, 1-200", defaultValue = "50") @Min(1) @Max(200) int limit,
            @ToolArg(description = "next_cursor of the previous page") Optional<String> cursor,
            Progress progress) {
        return reports.report(financialYear, from, to, segment, includeUnrealised, view,
                PageRequest.of(limit, cursor), progress);
    }
}
