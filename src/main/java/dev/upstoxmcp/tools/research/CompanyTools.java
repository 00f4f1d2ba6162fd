package dev.upstoxmcp.tools.research;

import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** What a listed company is and does: its fundamentals and corporate actions. */
@ApplicationScoped
public class CompanyTools {

    @Inject
    CompanyService companies;

    @Tool(name = "get_fundamentals", title = "Company fundamentals", description = """
            Fundamentals of a listed company (a stock, not an index, ETF or derivative), by symbol, name, ISIN or \
            instrument key. Sections: profile (business, sector, sector market cap in INR crore and USD), \
            key_ratios (P/E, P/B, ROA, ROE, ROCE, EV/EBITDA against the sector), income_statement (revenue, \
            operating and net profit, growth and margins), balance_sheet (assets, liabilities, net worth), \
            cash_flow (operating, investing, financing), shareholding (promoters, FIIs, DIIs, mutual funds, \
            public; % and change) and competitors. Statements are consolidated, yearly, about five years, amounts \
            in INR crore. Default sections: profile, key_ratios, income_statement; ask for others by name.""")
    public FundamentalsAnswer getFundamentals(
            @ToolArg(description = "Stock symbol, company name, ISIN or instrument key, e.g. TCS, \"HDFC Bank\"")
            String instrument,
            @ToolArg(description = "profile, key_ratios, income_statement, balance_sheet, cash_flow, shareholding, "
                    + "competitors", defaultValue = "profile,key_ratios,income_statement")
            List<FundamentalsSection> sections) {
        return companies.fundamentals(instrument, sections);
    }

    @Tool(name = "get_corporate_actions", title = "Corporate actions", description = """
            Corporate actions of a listed company (a stock), newest first: dividends (INR per share, final or \
            interim, ex-date, record date), bonus issues and splits (ratio), board meetings and AGMs/EGMs (date and \
            purpose), each flagged upcoming when its date is today or later (IST). Also the dividends per share \
            with an ex-date in the last 12 months (INR) and the next upcoming action. type filters (all, dividend, \
            bonus, split, rights, buyback, board_meeting, agm, egm); paged with limit and cursor (next_cursor).""")
    public CorporateActionsAnswer getCorporateActions(
            @ToolArg(description = "Stock symbol, company name, ISIN or instrument key, e.g. INFY") String instrument,
            @ToolArg(description = "all | dividend | bonus | split | rights | buyback | board_meeting | agm | egm",
                    defaultValue = "all") CorporateActionType type,
            @ToolArg(description = "Actions per page, 1-100", defaultValue = "20") @Min(1) @Max(100) int limit,
            @ToolArg(description = "next_cursor of the previous page") Optional<String> cursor) {
        return companies.corporateActions(instrument, type, PageRequest.of(limit, cursor));
    }
}
