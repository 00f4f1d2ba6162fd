package dev.upstoxmcp.tools.options;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.upstox.DataSource;

/** The put/call chain of one expiry around the money, with totals over all its strikes. */
public record OptionChainAnswer(
        InstrumentRef underlying,
        LocalDate expiry,
        long daysToExpiry,
        BigDecimal spot,
        BigDecimal atmStrike,
        OptionChainTotals totals,
        int totalStrikes,
        List<OptionChainRow> strikes,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        return underlying.symbol() + " option chain, expiry " + expiry + " (" + daysToExpiry + " days): spot " + spot
                + ", ATM " + atmStrike + ", PCR " + (totals.pcr() == null ? "n/a" : totals.pcr()) + ", max pain "
                + (totals.maxPain() == null ? "n/a" : totals.maxPain()) + "; " + strikes.size() + " of "
                + totalStrikes + " strikes shown.";
    }
}
