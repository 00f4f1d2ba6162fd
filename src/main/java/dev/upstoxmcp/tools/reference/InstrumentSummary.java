package dev.upstoxmcp.tools.reference;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.upstoxmcp.upstox.DataSource;

/**
 * What Upstox's instrument master holds: when it was loaded and how many instruments of each kind.
 *
 * @param bySegment        instrument count per segment, e.g. NSE_EQ, NSE_FO, BSE_INDEX
 * @param byInstrumentType instrument count per Upstox instrument type, e.g. EQ, INDEX, FUT, CE, PE
 * @param indices          every index by name, for benchmark arguments
 */
public record InstrumentSummary(OffsetDateTime loadedAt, int instruments, Map<String, Long> byExchange,
                                Map<String, Long> bySegment, Map<String, Long> byInstrumentType,
                                List<IndexRow> indices, OffsetDateTime asOf, DataSource source) {

    /** One index: its name as benchmark arguments take it, exchange and instrument key. */
    public record IndexRow(String name, String exchange, String instrumentKey) {}
}
