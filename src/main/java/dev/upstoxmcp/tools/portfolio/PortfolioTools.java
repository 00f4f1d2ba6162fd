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
