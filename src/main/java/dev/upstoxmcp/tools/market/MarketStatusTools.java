package dev.upstoxmcp.tools.market;

import java.time.LocalDate;
import java.util.Optional;

import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** When the markets trade: exchange status now, the sessions of a day, and the year's exchange holidays. */
@ApplicationScoped
public class MarketStatusTools {

    @Inject
    MarketStatusService market;

    @Tool(name = "get_market_status", title = "Market status, timings and holidays", description = """
            Whether an Indian exchange is open now (Upstox's live status) and when it next opens or closes, the \
            trading sessions of a day (default today) on every exchange, and the exchange holidays of the current \
            year with the exchanges closed and any session still held (e.g. MCX's evening session). Exchanges: NSE, \
            NFO, CDS, BSE, BFO, BCD, MCX, NSCOM. All times are IST (UTC+05:30); there are no prices or INR amounts \
            here. Upstox publishes the holiday list of the current year only: for a day of another year (2000 to \
            next year) pass date, which also tells whether that day was a holiday. holidays: upcoming (from date \
            on, default), all (the whole year) or none.""")
    public MarketStatusAnswer getMarketStatus(
            @ToolArg(description = "NSE, NFO, CDS, BSE, BFO, BCD, MCX or NSCOM", defaultValue = "NSE")
            Exchange exchange,
            @ToolArg(description = "Day whose sessions to show, yyyy-MM-dd (IST); default today")
            Optional<LocalDate> date,
            @ToolArg(description = "upcoming | all | none", defaultValue = "upcoming") HolidayList holidays,
            @ToolArg(description = "Year of the holiday list; Upstox publishes only the current year's")
            Optional<Integer> year) {
        return market.status(exchange, date, holidays, year);
    }
}
