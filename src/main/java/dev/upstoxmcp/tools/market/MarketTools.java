package dev.upstoxmcp.tools.market;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import dev.upstoxmcp.upstox.CandleUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Market data: finding instruments and their price history. */
@ApplicationScoped
public class MarketTools {

    @Inject
    InstrumentSearchService search;

    @Inject
    CandleService candles;

    @Inject
    QuoteService quotes;

    @Tool(name = "search_instruments", title = "Search instruments", description = """
            Finds instruments in Upstox's instrument master (NSE, BSE, MCX: equities, ETFs, indices, futures, \
            options) by symbol, company name, ISIN or instrument key, typo-tolerant, best match first. Filters: \
            exchange (NSE, BSE, MCX), segment (EQ, INDEX, FO, COM), type (EQ, INDEX, FUT, CE, PE), expiry date. \
            Returns symbols, names, instrument keys (e.g. NSE_EQ|INE002A01018), lot and tick sizes (INR), expiry and \
            strike for derivatives. Other tools accept the symbol or name directly; use this to disambiguate.""")
    public InstrumentSearchAnswer searchInstruments(
            @ToolArg(description = "Symbol, name, ISIN or key, e.g. RELIANCE, \"HDFC Bank\", NIFTY 26000 CE")
            String query,
            @ToolArg(description = "NSE, BSE or MCX") Optional<String> exchange,
            @ToolArg(description = "EQ, INDEX, FO, COM or CD") Optional<String> segment,
            @ToolArg(description = "EQ, INDEX, FUT, CE or PE") Optional<String> type,
            @ToolArg(description = "Expiry date of futures and options, yyyy-MM-dd") Optional<LocalDate> expiry,
            @ToolArg(description = "Results, 1-50", defaultValue = "10") @Min(1) @Max(50) int limit) {
        return search.search(query, exchange, segment, type, expiry, limit);
    }

    @Tool(name = "get_candles", title = "Candles", description = """
            OHLCV candles of one instrument (symbol, name, index or key) in INR (index points for indices), oldest \
            first: unit minutes (every 1-300), hours (1-5), days, weeks or months. Range: from/to dates (IST, \
            yyyy-MM-dd), or period back from to/today (5d, 2w, 6m, 3y); defaults to today for minutes/hours, 1 year \
            of days, 3 years of weeks, 10 years of months. Long ranges are fetched in the pieces Upstox allows and \
            merged; minute and hour data exist from 2022, daily from 2000. Returns a summary of the whole range \
            (change, high, low, volume) and the latest candles, limit per page; next_cursor pages back in time.""")
    public CandlesAnswer getCandles(
            @ToolArg(description = "Symbol, name, index or instrument key, e.g. RELIANCE, \"Nifty 50\"")
            String instrument,
            @ToolArg(description = "minutes | hours | days | weeks | months", defaultValue = "days") CandleUnit unit,
            @ToolArg(description = "Candle length in units: minutes 1-300, hours 1-5, otherwise 1", defaultValue = "1")
            @Min(1) @Max(300) int every,
            @ToolArg(description = "First day, yyyy-MM-dd (IST)") Optional<LocalDate> from,
            @ToolArg(description = "Last day, yyyy-MM-dd (IST); default today") Optional<LocalDate> to,
            @ToolArg(description = "Length back from to when from is not given: 5d, 2w, 6m, 3y") Optional<Period> period,
            @ToolArg(description = "Candles per page, 1-1000 (latest first)", defaultValue = "250")
            @Min(1) @Max(1000) int limit,
            @ToolArg(description = "next_cursor of the previous page") Optional<String> cursor) {
        return candles.candles(instrument, unit, every, from, to, period, PageRequest.of(limit, cursor));
    }

    @Tool(name = "get_quotes", title = "Quotes", description = """
            Current quotes of up to 500 instruments (symbols, names, indices or keys) in INR, index points for \
            indices, with change against the previous close. mode ltp: last price, volume; ohlc: plus the session's \
            open, high, low; full: plus average price, 52-week high/low, circuit limits, open interest, best bid/ask, \
            last trade time, and with include_depth five levels of the order book. Outside market hours the last \
            price is the latest close. Unknown or ambiguous names fail the call with suggestions and nothing is \
            fetched.""")
    public QuotesAnswer getQuotes(
            @ToolArg(description = "Instruments, e.g. [\"RELIANCE\", \"HDFC Bank\", \"Nifty 50\"]")
            @Size(min = 1, max = QuoteService.MAX_INSTRUMENTS) List<String> instruments,
            @ToolArg(description = "ltp | ohlc | full", defaultValue = "ltp") QuoteMode mode,
            @ToolArg(description = "With mode full: five bid and ask levels", defaultValue = "false")
            boolean includeDepth) {
        return quotes.quotes(instruments, mode, includeDepth);
    }
}
