package dev.upstoxmcp.upstox.instruments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.mcp.ToolCallException;
import org.junit.jupiter.api.Test;

class InstrumentResolverTest {

    static final String MASTER = """
            [
             {"segment":"NSE_EQ","name":"RELIANCE INDUSTRIES LTD","exchange":"NSE","isin":"INE002A01018",
              "instrument_type":"EQ","instrument_key":"NSE_EQ|INE002A01018","lot_size":1,"exchange_token":"2885",
              "tick_size":10.0,"trading_symbol":"RELIANCE","short_name":"Reliance"},
             {"segment":"BSE_EQ","name":"RELIANCE INDUSTRIES LTD.","exchange":"BSE","isin":"INE002A01018",
              "instrument_type":"A","instrument_key":"BSE_EQ|INE002A01018","lot_size":1,"tick_size":5.0,
              "trading_symbol":"RELIANCE"},
             {"segment":"NSE_EQ","name":"HDFC BANK LTD","exchange":"NSE","isin":"INE040A01034","instrument_type":"EQ",
              "instrument_key":"NSE_EQ|INE040A01034","lot_size":1,"tick_size":5.0,"trading_symbol":"HDFCBANK"},
             {"segment":"NSE_EQ","name":"HDFC LIFE INS CO LTD","exchange":"NSE","isin":"INE795G01014",
              "instrument_type":"EQ","instrument_key":"NSE_EQ|INE795G01014","lot_size":1,"tick_size":5.0,
              "trading_symbol":"HDFCLIFE"},
             {"segment":"NSE_EQ","name":"HDFC AMC LTD","exchange":"NSE","isin":"INE127D01025","instrument_type":"EQ",
              "instrument_key":"NSE_EQ|INE127D01025","lot_size":1,"tick_size":5.0,"trading_symbol":"HDFCAMC"},
             {"segment":"NSE_INDEX","name":"Nifty 50","exchange":"NSE","instrument_type":"INDEX",
              "instrument_key":"NSE_INDEX|Nifty 50","exchange_token":"26000","trading_symbol":"NIFTY"},
             {"segment":"NSE_INDEX","name":"Nifty Bank","exchange":"NSE","instrument_type":"INDEX",
              "instrument_key":"NSE_INDEX|Nifty Bank","trading_symbol":"BANKNIFTY"},
             {"weekly":false,"segment":"NSE_FO","name":"NIFTY","exchange":"NSE","expiry":1795544999000,
              "instrument_type":"CE","underlying_symbol":"NIFTY","instrument_key":"NSE_FO|61040","lot_size":75,
              "underlying_key":"NSE_INDEX|Nifty 50","tick_size":5.0,"trading_symbol":"NIFTY 26000 CE 24 NOV 26",
              "strike_price":26000.0},
             {"weekly":false,"segment":"NSE_FO","name":"NIFTY","exchange":"NSE","expiry":1795544999000,
              "instrument_type":"FUT","underlying_symbol":"NIFTY","instrument_key":"NSE_FO|52001","lot_size":75,
              "underlying_key":"NSE_INDEX|Nifty 50","tick_size":10.0,"trading_symbol":"NIFTY FUT 24 NOV 26",
              "strike_price":0.0}
            ]""";

    static InstrumentMaster master() throws IOException {
        return new InstrumentMaster(InstrumentFile.read(new ByteArrayInputStream(MASTER.getBytes(
                StandardCharsets.UTF_8))), Instant.parse("2026-11-20T01:00:00Z"));
    }

    static InstrumentResolver resolver() throws IOException {
        return new InstrumentResolver(InstrumentCatalog.of(master()));
    }

    @Test
    void keysUpstoxGaveAreKnownOrEmpty() throws IOException {
        InstrumentResolver resolver = resolver();
        assertEquals("HDFCBANK", resolver.known("NSE_EQ|INE040A01034").orElseThrow().symbol());
        assertEquals(Optional.empty(), resolver.known("NSE_EQ|INE000X01999"));
        assertEquals(Optional.empty(), resolver.known(null));
    }

    @Test
    void theMasterFileIsReadWithRupeeTicksAndIstExpiries() throws IOException {
        InstrumentMaster master = master();
        assertEquals(9, master.size());
        Instrument call = master.byKey("NSE_FO|61040").orElseThrow();
        assertEquals("2026-11-24", call.expiry().toString());
        assertEquals(new BigDecimal("0.05"), call.tickSize());
        assertEquals(0, new BigDecimal("26000").compareTo(call.strike()));
        assertEquals(new BigDecimal("0.1"), master.byKey("NSE_EQ|INE002A01018").orElseThrow().tickSize());
    }

    @Test
    void symbolsNamesIsinsAndKeysResolve() throws IOException {
        InstrumentResolver resolver = resolver();
        assertEquals("NSE_EQ|INE002A01018", resolver.resolve("reliance").key(), "NSE preferred over BSE");
        assertEquals("NSE_EQ|INE040A01034", resolver.resolve("HDFC Bank").key());
        assertEquals("NSE_EQ|INE002A01018", resolver.resolve("INE002A01018").key());
        assertEquals("BSE_EQ|INE002A01018", resolver.resolve("BSE_EQ|INE002A01018").key());
        assertEquals("NSE_INDEX|Nifty 50", resolver.resolve("Nifty 50").key());
        assertEquals("NSE_INDEX|Nifty 50", resolver.resolve("NIFTY").key(), "the index, not its derivatives");
        assertEquals("NSE_INDEX|Nifty 50", resolver.resolve("nifty50").key());
        assertEquals("NSE_INDEX|Nifty Bank", resolver.resolve("Bank Nifty").key());
        assertEquals("NSE_FO|61040", resolver.resolve("NIFTY 26000 CE").key());
    }

    @Test
    void ambiguousNamesListTheCandidates() throws IOException {
        ToolCallException ambiguous = assertThrows(ToolCallException.class, () -> resolver().resolve("HDFC"));
        assertTrue(ambiguous.getMessage().startsWith("\"HDFC\" could mean several instruments: "),
                ambiguous.getMessage());
        for (String symbol : List.of("HDFCBANK", "HDFCLIFE", "HDFCAMC")) {
            assertTrue(ambiguous.getMessage().contains(symbol), ambiguous.getMessage());
        }
    }

    @Test
    void typosGetSuggestions() throws IOException {
        ToolCallException typo = assertThrows(ToolCallException.class, () -> resolver().resolve("RELAINCE"));
        assertTrue(typo.getMessage().startsWith("No instrument is called \"RELAINCE\". Did you mean: RELIANCE"),
                typo.getMessage());
    }

    @Test
    void unknownThingsSaySo() throws IOException {
        assertTrue(assertThrows(ToolCallException.class, () -> resolver().resolve("ZZZZZZZZZZZ")).getMessage()
                .startsWith("No instrument matches"));
        assertTrue(assertThrows(ToolCallException.class, () -> resolver().resolve("NSE_EQ|INE000000000"))
                .getMessage().startsWith("Unknown instrument key"));
        assertTrue(assertThrows(ToolCallException.class, () -> resolver().resolve("  ")).getMessage()
                .startsWith("Name an instrument"));
    }

    @Test
    void searchRanksAndFilters() throws IOException {
        List<InstrumentMaster.Match> nifty = master().search(InstrumentQuery.text("nifty"), 10);
        assertEquals("NSE_INDEX|Nifty 50", nifty.get(0).instrument().key());
        List<InstrumentMaster.Match> futures = master().search(
                new InstrumentQuery("nifty", null, null, "FUT", null), 10);
        assertEquals(List.of("NSE_FO|52001"), futures.stream().map(match -> match.instrument().key()).toList());
        List<InstrumentMaster.Match> bse = master().search(new InstrumentQuery("reliance", "BSE", null, null, null),
                10);
        assertEquals(List.of("BSE_EQ|INE002A01018"), bse.stream().map(match -> match.instrument().key()).toList());
    }

    /** A catalog whose first download has not finished; Upstox's search answering from the master's records. */
    static InstrumentResolver resolverWhileLoading() throws IOException {
        InstrumentMaster upstoxKnows = master();
        InstrumentCatalog loading = new InstrumentCatalog() {
            @Override
            public InstrumentMaster master() {
                throw new ToolCallException("The list of instruments is still loading.");
            }
        };
        InstrumentResolver resolver = new InstrumentResolver(loading);
        resolver.upstoxSearch = new UpstoxInstrumentSearch() {
            @Override
            public List<Instrument> search(InstrumentQuery query, int limit) {
                return upstoxKnows.search(query, limit).stream().map(InstrumentMaster.Match::instrument).toList();
            }
        };
        return resolver;
    }

    @Test
    void whileTheMasterLoadsUpstoxSearchResolvesExactNamesOnly() throws IOException {
        InstrumentResolver resolver = resolverWhileLoading();
        assertEquals("NSE_EQ|INE002A01018", resolver.resolve("reliance").key(), "exact symbol, NSE first");
        assertEquals("NSE_EQ|INE040A01034", resolver.resolve("INE040A01034").key(), "ISIN");
        assertEquals("NSE_FO|61040", resolver.resolve("NSE_FO|61040").key(), "key");
        ToolCallException vague = assertThrows(ToolCallException.class, () -> resolver.resolve("HDFC"));
        assertEquals("The list of instruments is still loading.", vague.getMessage(),
                "a partial name needs the master's ranking");
    }

    @Test
    void derivativesAreFoundByTheExchangesCompactSymbolsToo() throws IOException {
        InstrumentResolver resolver = resolver();
        assertEquals("NSE_FO|61040", resolver.resolve("NIFTY26NOV26000CE").key(), "monthly form, as positions show");
        assertEquals("NSE_FO|61040", resolver.resolve("nifty26n2426000ce").key(), "weekly form");
        assertEquals("NSE_FO|52001", resolver.resolve("NIFTY26NOVFUT").key());
    }
}
