package dev.upstoxmcp.upstox.instruments;

import static dev.upstoxmcp.upstox.UpstoxGroup.MARKET_INFO;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.upstoxmcp.upstox.InstrumentSearchApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.UpstoxPagedResponse;
import dev.upstoxmcp.upstox.dto.InstrumentRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Upstox's instrument search API, for when the master in memory cannot answer: while it is still loading or could
 * not be downloaded, and for instruments listed after the morning's file (new listings). One request, at most 30
 * results, filtered like a master search.
 */
@ApplicationScoped
public class UpstoxInstrumentSearch {

    static final int MAX_RECORDS = 30;

    @Inject
    @RestClient
    InstrumentSearchApi api;

    @Inject
    UpstoxGateway upstox;

    public List<Instrument> search(InstrumentQuery query, int limit) {
        int records = Math.min(limit, MAX_RECORDS);
        UpstoxPagedResponse<List<InstrumentRecord>> page = upstox.fetch(MARKET_INFO,
                () -> UpstoxPagedResponse.enveloped(api.search(query.text().strip(), upper(query.exchange()),
                        segments(query.segment()), upper(query.type()),
                        query.expiry() == null ? null : query.expiry().toString(), 1, records)));
        if (page.getData() == null) return List.of();
        return page.getData().stream().map(InstrumentFile::of).filter(Objects::nonNull).filter(query::accepts)
                .limit(limit).toList();
    }

    /** Our segment filter in Upstox's words: COM and CD are COMM and CURR there. */
    private static String segments(String segment) {
        if (segment == null) return null;
        return switch (segment.toUpperCase(Locale.ROOT)) {
            case "COM" -> "COMM";
            case "CD" -> "CURR";
            default -> segment.toUpperCase(Locale.ROOT);
        };
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
