package dev.upstoxmcp.upstox.instruments;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import dev.upstoxmcp.upstox.Ist;
import dev.upstoxmcp.upstox.dto.InstrumentRecord;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Upstox's instrument master file (a JSON array, gzipped on the CDN) record by record, keeping only the fields
 * this server uses, so a file of 100 000+ instruments is read without holding its JSON in memory.
 */
final class InstrumentFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BigDecimal PAISE_PER_RUPEE = BigDecimal.valueOf(100);

    private InstrumentFile() {}

    /** Parses a master file, gzipped or plain. */
    static List<Instrument> read(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        boolean gzipped = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        List<Instrument> instruments = new ArrayList<>();
        Map<Object, Object> shared = new HashMap<>();
        try (InputStream body = gzipped ? new GZIPInputStream(in, 1 << 16) : in;
             JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) throw new IOException("the master is not a JSON array");
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                Instrument instrument = record(parser, shared);
                if (instrument != null) instruments.add(instrument);
            }
        }
        return instruments;
    }

    /**
     * One record. Values that repeat across records (segments, types, underlyings, expiry dates, tick sizes) are
     * kept once through {@code shared}, which roughly halves the heap a full master holds.
     */
    @SuppressWarnings("unchecked")
    private static <T> T once(Map<Object, Object> shared, T value) {
        return (T) shared.computeIfAbsent(value, same -> same);
    }

    private static Instrument record(JsonParser parser, Map<Object, Object> shared) {
        String key = null, segment = null, exchange = null, symbol = null, name = null, shortName = null,
                isin = null, type = null, underlyingKey = null, underlyingSymbol = null;
        LocalDate expiry = null;
        BigDecimal strike = null;
        BigDecimal tick = null;
        int lot = 1;
        boolean weekly = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_NULL) continue;
            switch (field) {
                case "instrument_key" -> key = parser.getString();
                case "segment" -> segment = once(shared, parser.getString());
                case "exchange" -> exchange = once(shared, parser.getString());
                case "trading_symbol" -> symbol = parser.getString();
                case "name" -> name = once(shared, parser.getString());
                case "short_name" -> shortName = once(shared, parser.getString());
                case "isin" -> isin = parser.getString();
                case "instrument_type" -> type = once(shared, parser.getString());
                case "underlying_key" -> underlyingKey = once(shared, parser.getString());
                case "underlying_symbol" -> underlyingSymbol = once(shared, parser.getString());
                case "expiry" -> expiry = once(shared, Instant.ofEpochMilli(parser.getLongValue()).atZone(Ist.ZONE)
                        .toLocalDate());
                case "strike_price" -> strike = once(shared, parser.getDecimalValue());
                case "tick_size" -> tick = once(shared, rupees(parser.getDecimalValue()));
                case "lot_size" -> lot = parser.getIntValue();
                case "weekly" -> weekly = parser.getBooleanValue();
                default -> parser.skipChildren();
            }
        }
        return instrument(key, segment, exchange, symbol, name, shortName, isin, type, expiry, strike, lot, tick,
                underlyingKey, underlyingSymbol, weekly);
    }

    /** An instrument the search API returned, read like a record of the file. */
    static Instrument of(InstrumentRecord record) {
        return instrument(record.instrumentKey(), record.segment(), record.exchange(), record.tradingSymbol(),
                record.name(), record.shortName(), record.isin(), record.instrumentType(), record.expiry() == null
                        ? null : Instant.ofEpochMilli(record.expiry()).atZone(Ist.ZONE).toLocalDate(),
                record.strikePrice(), record.lotSize() == null ? 1 : record.lotSize(), record.tickSizePaise() == null
                        ? null : rupees(record.tickSizePaise()), record.underlyingKey(), record.underlyingSymbol(),
                Boolean.TRUE.equals(record.weekly()));
    }

    /** Null when the record lacks what identifies it; a strike only for derivatives. */
    private static Instrument instrument(String key, String segment, String exchange, String symbol, String name,
                                         String shortName, String isin, String type, LocalDate expiry,
                                         BigDecimal strike, int lot, BigDecimal tick, String underlyingKey,
                                         String underlyingSymbol, boolean weekly) {
        if (key == null || segment == null || symbol == null) return null;
        return new Instrument(key, segment, exchange == null ? segment.substring(0, 3) : exchange, symbol,
                name == null ? symbol : name, shortName, isin, type == null ? "" : type, expiry,
                expiry == null ? null : strike, lot, tick, underlyingKey, underlyingSymbol, weekly);
    }

    private static BigDecimal rupees(BigDecimal paise) {
        return paise.divide(PAISE_PER_RUPEE, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
