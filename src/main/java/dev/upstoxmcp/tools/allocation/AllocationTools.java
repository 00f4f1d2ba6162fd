package dev.upstoxmcp.tools.allocation;

import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** How the account's money is spread, and how concentrated it is. */
@ApplicationScoped
public class AllocationTools {

    @Inject
    DiversificationService diversification;

    @Tool(name = "get_diversification", title = "Diversification", description = """
            How the account's money is spread, in INR and % of the total: by asset class (equity, ETF, gold bond, \
            mutual fund, cash), by sector (company shares by the sector Upstox reports, which is also the finest \
            industry level it has; ETFs, gold and funds in their own buckets) and by market-cap class (large, mid, \
            small; market caps estimated from P/E × net profit, stated as estimates). Concentration: HHI (0-10,000) \
            of holdings and of sectors, effective number of holdings, top-1 and top-5 weights, and plain-language \
            flags with their limits (one stock > 20%, one sector > 35% of stocks, top 5 > 60%, HHI > 1,500 or \
            2,500, fewer than 8 effective holdings). Holdings are valued as in get_holdings, funds at the latest \
            NAV, cash as cash available to trade. A company without fundamentals is listed with sector unknown.""")
    public DiversificationAnswer getDiversification(
            @ToolArg(description = "Count mutual-fund holdings", defaultValue = "true") boolean includeMutualFunds,
            @ToolArg(description = "Count cash available to trade", defaultValue = "true") boolean includeCash) {
        return diversification.diversification(includeMutualFunds, includeCash);
    }
}
