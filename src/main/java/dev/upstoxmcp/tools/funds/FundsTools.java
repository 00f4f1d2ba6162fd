package dev.upstoxmcp.tools.funds;

import java.util.Optional;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The user's mutual funds: what they hold and the SIPs that keep buying. */
@ApplicationScoped
public class FundsTools {

    @Inject
    MutualFundService funds;

    @Tool(name = "get_mutual_fund_holdings", title = "Mutual fund holdings", description = """
            Mutual fund schemes held through Upstox: units, average NAV, latest NAV and its date, invested amount, \
            current value, P&L and P&L % in INR, each scheme's weight, folio and ISIN, plus totals over all schemes. \
            Largest current value first. Paged: pass next_cursor as cursor for the next page; totals always cover \
            every scheme. Equity holdings are in get_holdings, SIPs in get_mutual_fund_sips.""")
    public MutualFundHoldingsAnswer getMutualFundHoldings(
            @ToolArg(description = "Schemes per page, 1-200", defaultValue = "50") @Min(1) @Max(200) int limit,
            @ToolArg(description = "next_cursor of the previous page") Optional<String> cursor) {
        return funds.holdings(PageRequest.of(limit, cursor));
    }

    @Tool(name = "get_mutual_fund_sips", title = "Mutual fund SIPs", description = """
            Systematic investment plans (SIPs) registered through Upstox, active and paused: fund, ISIN, instalment \
            amount in INR, frequency, day of the month, next and last instalment dates, instalments completed and \
            the amount invested so far (completed × amount, INR). Totals: SIP count, what the active SIPs draw a \
            month and the total invested so far, in INR. Active SIPs first, soonest instalment first. status \
            filters (all, active, paused); paged with limit and cursor (next_cursor).""")
    public SipsAnswer getMutualFundSips(
            @ToolArg(description = "all | active | paused", defaultValue = "all") SipStatus status,
            @ToolArg(description = "SIPs per page, 1-200", defaultValue = "50") @Min(1) @Max(200) int limit,
            @ToolArg(description = "next_cursor of the previous page") Optional<String> cursor) {
        return funds.sips(status, PageRequest.of(limit, cursor));
    }
}
