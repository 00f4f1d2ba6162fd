package dev.upstoxmcp.tools.market;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.upstox.DataSource;
import dev.upstoxmcp.mcp.ToolCallException;

/**
 * Instruments matching a query, best first: from the instrument master (and how many instruments it holds) or, when
 * the master could not answer, from Upstox's instrument search.
 */
public record InstrumentSearchAnswer(String query, List<InstrumentMatch> matches, SearchedIn searchedIn,
                                     Integer instrumentsSearched, OffsetDateTime asOf, DataSource source)
        implements Summarized {

    @Override
    public String summary() {
        String where = searchedIn == SearchedIn.UPSTOX_SEARCH ? " (Upstox's instrument search)" : "";
        if (matches.isEmpty()) return "No instrument matches " + ToolCallException.echo(query) + where + ".";
        return matches.size() + " matches for " + ToolCallException.echo(query) + where + ": " + matches.stream()
                .limit(5)
                .map(match -> match.symbol() + " (" + match.exchange() + ")").collect(Collectors.joining(", "))
                + (matches.size() > 5 ? ", …" : "") + ".";
    }
}
