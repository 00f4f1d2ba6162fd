package dev.upstoxmcp.tools.technicals;

import dev.upstoxmcp.mcp.Charted;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Technical analysis of price history. */
@ApplicationScoped
public class TechnicalTools {

    @Inject
    TechnicalService technicals;

    @Tool(name = "get_technical_indicators", title = "Technical indicators", description = """
            Technical indicators of a stock, ETF or index (not futures or options) from two years of daily \
            candles, on the latest one: SMA and EMA 20/50/200, RSI(14), MACD(12,26,9), Bollinger bands (20, 2σ) \
            with %B and bandwidth, ATR(14) in INR and % of close, 52-week high and low with the distance from \
            each, volume trend (20- vs 50-day average volume) and returns over 1, 3, 6 and 12 months. A trend \
            verdict (strong_uptrend, uptrend, sideways, downtrend, strong_downtrend) from stated rules, with the \
            reasons and signals (overbought/oversold RSI, price outside the bands, recent MACD or golden/death \
            crosses). Prices in INR (index points for indices), not dividend-adjusted. chart=true adds a PNG of \
            the last year: close, SMA50, SMA200, Bollinger bands and RSI.""")
    public Charted<TechnicalsAnswer> getTechnicalIndicators(
            @ToolArg(description = "Symbol, name, ISIN, index or instrument key, e.g. TCS, \"Nifty 50\"")
            String instrument,
            @ToolArg(description = "true for a PNG chart of the last year", defaultValue = "false") boolean chart) {
        return technicals.technicals(instrument, chart);
    }
}
