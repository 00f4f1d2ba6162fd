package dev.upstoxmcp.tools.market;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.upstox.DataSource;

/** Instruments matching a query, best first, and the size of the master searched. */
public record InstrumentSearchAnswer(String query, List<InstrumentMatch> matches, int instrumentsSearched,
                                     OffsetDateTime asOf, DataSource source) implements Summarized {

    @Override
    public String summary() {
        if (matches.isEmpty()) return "No instrument matches \"" + query + "\".";
        return matches.size() + " matches for \"" + query + "\": " + matches.stream().limit(5)
                .map(match -> match.symbol() + " (" + match.exchange() + ")").collect(Collectors.joining(", "))
                + (matches.size() > 5 ? ", …" : "") + ".";
    }
}
