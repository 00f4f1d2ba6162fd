package dev.upstoxmcp.tools.market;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import dev.upstoxmcp.upstox.instruments.InstrumentMaster;
import dev.upstoxmcp.upstox.instruments.InstrumentQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ranked search over the instrument master in memory. */
@ApplicationScoped
public class InstrumentSearchService {

    @Inject
    InstrumentCatalog catalog;

    @Inject
    AnswerStamp stamp;

    public InstrumentSearchAnswer search(String query, Optional<String> exchange, Optional<String> segment,
                                         Optional<String> type, Optional<LocalDate> expiry, int limit) {
        InstrumentMaster master = catalog.master();
        List<InstrumentMatch> matches = master.search(new InstrumentQuery(query, exchange.orElse(null),
                        segment.orElse(null), type.orElse(null), expiry.orElse(null)), limit).stream()
                .map(match -> matchOf(match.instrument()))
                .toList();
        return new InstrumentSearchAnswer(query, matches, master.size(), stamp.now(), stamp.source());
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
