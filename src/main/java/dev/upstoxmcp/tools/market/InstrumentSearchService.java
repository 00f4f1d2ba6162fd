package dev.upstoxmcp.tools.market;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.upstox.UpstoxException;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import dev.upstoxmcp.upstox.instruments.InstrumentMaster;
import dev.upstoxmcp.upstox.instruments.InstrumentQuery;
import dev.upstoxmcp.upstox.instruments.UpstoxInstrumentSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Ranked search over the instrument master in memory; Upstox's instrument search answers when the master cannot:
 * while it loads or after its download failed, and when it has no match (an instrument listed since the morning's
 * file).
 */
@ApplicationScoped
public class InstrumentSearchService {

    @Inject
    InstrumentCatalog catalog;

    @Inject
    UpstoxInstrumentSearch upstoxSearch;

    @Inject
    AnswerStamp stamp;

    public InstrumentSearchAnswer search(String query, Optional<String> exchange, Optional<String> segment,
                                         Optional<String> type, Optional<LocalDate> expiry, int limit) {
        InstrumentQuery wanted = new InstrumentQuery(query, exchange.orElse(null), segment.orElse(null),
                type.orElse(null), expiry.orElse(null));
        InstrumentMaster master = null;
        ToolCallException unavailable = null;
        try {
            master = catalog.master();
            List<InstrumentMatch> matches = master.search(wanted, limit).stream()
                    .map(match -> matchOf(match.instrument())).toList();
            if (!matches.isEmpty()) return answer(query, matches, SearchedIn.INSTRUMENT_MASTER, master.size());
        } catch (ToolCallException notLoaded) {
            unavailable = notLoaded;
        }
        try {
            List<InstrumentMatch> matches = upstoxSearch.search(wanted, limit).stream()
                    .map(InstrumentSearchService::matchOf).toList();
            return answer(query, matches, SearchedIn.UPSTOX_SEARCH, null);
        } catch (UpstoxException searchFailed) {
            if (unavailable != null) throw unavailable;
            return answer(query, List.of(), SearchedIn.INSTRUMENT_MASTER, master.size());
        }
    }

    private InstrumentSearchAnswer answer(String query, List<InstrumentMatch> matches, SearchedIn searchedIn,
                                          Integer instrumentsSearched) {
        return new InstrumentSearchAnswer(query, matches, searchedIn, instrumentsSearched, stamp.now(),
                stamp.source());
    }

    private static InstrumentMatch matchOf(Instrument instrument) {
        return new InstrumentMatch(instrument.symbol(), instrument.name(), instrument.exchange(),
                instrument.segment(), instrument.type(), instrument.key(), emptyToNull(instrument.isin()),
                instrument.expiry(), instrument.strike(), instrument.lotSize(), instrument.tickSize(),
                instrument.underlyingSymbol());
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
