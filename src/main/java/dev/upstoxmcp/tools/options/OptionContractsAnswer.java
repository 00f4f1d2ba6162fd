package dev.upstoxmcp.tools.options;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.upstox.DataSource;

/** The expiries of an underlying's options and, for one expiry, its strikes (a page of them). */
public record OptionContractsAnswer(
        InstrumentRef underlying,
        List<OptionExpiry> expiries,
        LocalDate expiry,
        List<OptionStrike> strikes,
        String nextCursor,
        boolean hasMore,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        String expiryList = expiries.stream().limit(6).map(row -> row.expiry().toString()).toList().toString();
        String head = underlying.symbol() + " options: " + expiries.size() + " expiries " + expiryList
                + (expiries.size() > 6 ? " and more" : "");
        if (expiry == null) return head + "; pass expiry to list its strikes.";
        return head + "; " + expiry + ": " + strikes.size() + " strikes shown"
                + (hasMore ? ", more with next_cursor" : "") + ".";
    }
}
