package dev.upstoxmcp.tools.market;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.DataSource;

/**
 * Quotes in the order asked for. {@code notQuoted} names instruments Upstox returned nothing for (e.g. an expired
 * contract).
 */
public record QuotesAnswer(
        QuoteMode mode,
        List<Quote> quotes,
        List<String> notQuoted,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    private static final int NAMED = 5;

    @Override
    public String summary() {
        String named = quotes.stream().limit(NAMED).map(quote -> quote.symbol() + " " + price(quote)
                        + (quote.changePercent() == null ? "" : " (" + Inr.signedPercent(quote.changePercent()) + ")"))
                .collect(Collectors.joining(", "));
        String more = quotes.size() > NAMED ? " and " + (quotes.size() - NAMED) + " more" : "";
        String missing = notQuoted.isEmpty() ? "" : "; no quote for " + String.join(", ", notQuoted);
        return quotes.size() + (quotes.size() == 1 ? " quote" : " quotes") + ": " + named + more + missing + ".";
    }

    /** Rupees for securities, plain points for indices. */
    private static String price(Quote quote) {
        return quote.instrumentKey().contains("_INDEX|") ? quote.lastPrice().toPlainString()
                : Inr.format(quote.lastPrice());
    }
}
