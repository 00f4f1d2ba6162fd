package dev.upstoxmcp.tools.market;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.CandleUnit;
import dev.upstoxmcp.upstox.DataSource;

/** Candles of one instrument over a range, oldest first, the most recent page of them plus a summary of all. */
public record CandlesAnswer(
        InstrumentRef instrument,
        CandleUnit unit,
        int every,
        LocalDate from,
        LocalDate to,
        CandleSummary overview,
        List<Candle> candles,
        String nextCursor,
        boolean hasMore,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        if (overview.candles() == 0) {
            return "No " + every + "-" + unit.wireName() + " candles for " + instrument.symbol() + " between " + from
                    + " and " + to + ".";
        }
        return instrument.symbol() + ", " + overview.candles() + " candles of " + every + " " + unit.wireName()
                + " from " + overview.firstT() + " to " + overview.lastT() + ": " + overview.open() + " → "
                + overview.close() + " (" + Inr.signedPercent(overview.changePercent()) + "), high " + overview.high()
                + " on " + overview.highT() + ", low " + overview.low() + " on " + overview.lowT()
                + (hasMore ? "; showing the latest " + candles.size() + ", pass next_cursor for older ones" : "")
                + ".";
    }
}
