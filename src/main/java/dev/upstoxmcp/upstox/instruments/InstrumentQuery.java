package dev.upstoxmcp.upstox.instruments;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What to look for: free text (symbol, name, ISIN or key) and optional filters.
 *
 * @param exchange  NSE, BSE or MCX, or null for any
 * @param segment   kind of market: EQ, INDEX, FO, COM, CD (matched against the segment's suffix), or null
 * @param type      instrument type: EQ, INDEX, FUT, CE, PE, or null
 * @param expiry    for derivatives, the expiry date, or null
 */
public record InstrumentQuery(String text, String exchange, String segment, String type, LocalDate expiry) {

    public static InstrumentQuery text(String text) {
        return new InstrumentQuery(text, null, null, null, null);
    }

    boolean accepts(Instrument instrument) {
        return (exchange == null || exchange.equalsIgnoreCase(instrument.exchange()))
                && (segment == null || instrument.segment().toUpperCase(Locale.ROOT)
                        .endsWith("_" + segment.toUpperCase(Locale.ROOT)))
                && (type == null || type.equalsIgnoreCase(instrument.type())
                        || ("EQ".equalsIgnoreCase(type) && instrument.isEquity()))
                && (expiry == null || expiry.equals(instrument.expiry()));
    }

    /** True when the text or filters ask for futures or options rather than the underlying. */
    boolean wantsDerivatives() {
        String upper = " " + text.toUpperCase(Locale.ROOT) + " ";
        return expiry != null || "FO".equalsIgnoreCase(segment) || "FUT".equalsIgnoreCase(type)
                || "CE".equalsIgnoreCase(type) || "PE".equalsIgnoreCase(type)
                || upper.contains(" FUT ") || upper.contains(" CE ") || upper.contains(" PE ");
    }
}
