package dev.upstoxmcp.tools.performance;

import java.time.LocalDate;
import java.util.Optional;

import dev.upstoxmcp.mcp.Progress;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** How the portfolio did: money-weighted and time-weighted returns over a period. */
@ApplicationScoped
public class PerformanceTools {

    @Inject
    PerformanceService performance;

    @Tool(name = "get_portfolio_performance", title = "Portfolio performance", description = """
            Returns of the delivery holdings (shares, ETFs, gold bonds; mutual funds excluded) over a period: XIRR \
            (money-weighted, a yearly rate, from the real cash flows: the holdings' value at the start, every \
            delivery buy and sale from Upstox's trade history, gross of charges, and today's value) and the \
            time-weighted return (daily values chained, flows at day end; also as a yearly rate for a year or \
            more), with a month-by-month TWR table, start and end values, money put in and taken out and the gain, \
            in INR. period 1M, 3M, 6M, 1Y (default), FY (this financial year), YTD or MAX (since the trade history \
            starts, 1 April two financial years ago), or from/to (yyyy-MM-dd, IST) for a custom range inside the \
            trade history. method explains the formulas.""")
    public PortfolioPerformance getPortfolioPerformance(
            @ToolArg(description = "1M | 3M | 6M | 1Y | FY | YTD | MAX; ignored when from or to is given",
                    defaultValue = "1Y") String period,
            @ToolArg(description = "First day, yyyy-MM-dd (IST), not before the trade history starts")
            Optional<LocalDate> from,
            @ToolArg(description = "Last day, yyyy-MM-dd (IST), default today") Optional<LocalDate> to,
            Progress progress) {
        return performance.performance(period, from, to, progress);
    }
}
