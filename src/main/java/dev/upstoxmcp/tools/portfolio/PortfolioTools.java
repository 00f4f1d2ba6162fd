package dev.upstoxmcp.tools.portfolio;

import java.util.Optional;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** What the user owns: delivery holdings and today's positions. */
@ApplicationScoped
public class PortfolioTools {

    @Inject
    PortfolioService portfolio;

    @Tool(name = "get_holdings", title = "Holdings", description = """
            Long-term (delivery) holdings of the Upstox account: quantity, average cost, last price, current value, \
            P&L and day change in INR, each holding's weight, plus portfolio totals (invested, current value, P&L, \
            day change). Sorted by current value, largest first. view=summary gives totals only, compact the key \
            columns, full adds ISIN, instrument key, close price, invested amount and collateral details. Paged: \
            pass next_cursor as cursor for the next page; totals always cover all holdings.""")
    public HoldingsPage getHoldings(
            @ToolArg(description = "summary | compact | full", defaultValue = "compact") ListView view,
            @ToolArg(description = "Rows per page, 1-200", defaultValue = "50") @Min(1) @Max(200) int limit,
            @ToolArg(description = "next_cursor of the previous page") Optional<String> cursor) {
        return portfolio.holdings(view, PageRequest.of(limit, cursor));
    }

    @Tool(name = "get_portfolio_breakdown", title = "Portfolio breakdown", description = """
            How each delivery holding is doing, in INR: quantity, average cost, last price, invested, current value, \
            P&L and P&L %, day change, weight %, contribution to the portfolio's return (its P&L over the total \
            invested, in percentage points, summing to the portfolio's P&L %), holding period and first buy date from \
            the open lots (rebuilt first-in-first-out from Upstox's trade history, which reaches back to 1 April two \
            financial years ago; older shares show as held "since before" that day) and, for equity, the \
            long-term (held over 365 days) and short-term quantities. Totals equal get_holdings'. sort_by value, \
            pnl, pnl_percent, day_change, weight, contribution, holding_period or symbol; order desc or asc. \
            view=full adds each open lot with its cost; summary gives totals only. Paged like get_holdings.""")
    public PortfolioBreakdown getPortfolioBreakdown(
            @ToolArg(description = "value | pnl | pnl_percent | day_change | weight | contribution | "
                    + "holding_period | symbol", defaultValue = "value") BreakdownSort sortBy,
            @ToolArg(description = "desc (largest, longest held first) | asc", defaultValue = "desc") SortOrder order,
            @ToolArg(description = "summary | compact | full", defaultValue = "compact") ListView view,
            @ToolArg(description = "Rows per page, 1-200", defaultValue = "50") @Min(1) @Max(200) int limit,
            @ToolArg(description = "next_cursor of the previous page") Optional<String> cursor) {
        return portfolio.breakdown(sortBy, order, view, PageRequest.of(limit, cursor));
    }

    @Tool(name = "get_positions", title = "Positions", description = """
            Today's positions of the Upstox account, intraday and carry-forward (short-term positions) together with \
            margin trade funding (MTF) positions: quantity, average price, last price, realised, unrealised and total \
            P&L in INR, open or closed. Product codes: D delivery/carry-forward, I intraday, CO cover order, MTF \
            margin trade funding. Open positions first. view=summary gives totals only, full adds day buy/sell \
            quantities and values, instrument key and multiplier. Paged like get_holdings.""")
    public PositionsPage getPositions(
            @ToolArg(description = "summary | compact | full", defaultValue = "compact") ListView view,
            @ToolArg(description = "Rows per page, 1-200", defaultValue = "50") @Min(1) @Max(200) int limit,
            @ToolArg(description = "next_cursor of the previous page") Optional<String> cursor) {
        return portfolio.positions(view, PageRequest.of(limit, cursor));
    }
}
