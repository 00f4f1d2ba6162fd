package dev.upstoxmcp.tools.stock;

import java.util.Optional;

import dev.upstoxmcp.mcp.Progress;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** One stock, everything about it at once, in the light of the user's portfolio. */
@ApplicationScoped
public class StockTools {

    @Inject
    StockAnalysisService analysis;

    @Tool(name = "analyze_stock", title = "Analyse a stock", description = """
            Everything about one stock or ETF in one answer, for a hold / buy / sell review: the trend verdict with \
            its reasons and key indicators (as get_technical_indicators), valuation (P/E, P/B, EV/EBITDA, ROE, ROCE \
            against the sector, with the premium or discount in %) and competitors' P/E, P/B and ROE, dividends of \
            the last 12 months and their yield, recent and upcoming corporate actions, the latest news, and its \
            place in the portfolio: the holding (quantity, cost, P&L, weight, contribution, holding period), its \
            sector's weight, daily and weekly beta to the benchmark and correlation with the rest of the portfolio \
            over 3 years, the portfolio's value-weighted beta, and with change_shares what buying (+N) or selling \
            (-N) at the last price would do to its weight, its sector's weight and the portfolio beta. Amounts in \
            INR. Sections Upstox has no data for are left out with a note.""")
    public StockAnalysis analyzeStock(
            @ToolArg(description = "Stock or ETF: symbol, company name, ISIN or instrument key, e.g. TCS, \"HDFC Bank\"")
            String instrument,
            @ToolArg(description = "Shares to buy (positive) or sell (negative) in a what-if, e.g. 10 or -5")
            Optional<Long> changeShares,
            @ToolArg(description = "Index for the betas, e.g. NIFTY 50, NIFTY BANK, SENSEX", defaultValue = "NIFTY 50")
            String benchmark,
            Progress progress) {
        return analysis.analyze(instrument, changeShares, benchmark, progress);
    }
}
