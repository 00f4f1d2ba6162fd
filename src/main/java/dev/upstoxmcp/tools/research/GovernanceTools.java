package dev.upstoxmcp.tools.research;

import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How the companies the user owns are governed, from what they announce and who holds them. */
@ApplicationScoped
public class GovernanceTools {

    @Inject
    GovernanceService governance;

    @Tool(name = "get_governance_summary", title = "Governance summary", description = """
            Governance review of every equity holding (or of the listed companies named in instruments): board \
            meetings and AGMs/EGMs (date, purpose) of the lookback and upcoming, dividends (INR per share, the last \
            12 months' total and its yield on the last price), bonuses, splits, rights issues and buybacks, and \
            shareholding at the latest quarter with changes in percentage points (promoters, FIIs, DIIs incl. \
            mutual funds). Pledged shares are not in Upstox's data. Flags per company by stated rules: promoter \
            holding down > 1 pp, FII + DII down > 2 pp, an EGM, a rights issue, no dividend in 12 months, a board \
            meeting within 14 days; and for the portfolio, flag counts and the companies that need attention. \
            ETFs and bonds are left out. Dates IST.""")
    public GovernanceAnswer getGovernanceSummary(
            @ToolArg(description = "Up to 50 stock symbols, names, ISINs or instrument keys; leave out for all "
                    + "equity holdings")
            Optional<List<String>> instruments,
            @ToolArg(description = "Months of past actions to show, 1-60", defaultValue = "12") @Min(1) @Max(60)
            int lookbackMonths) {
        return governance.summary(instruments, lookbackMonths);
    }
}
