package dev.upstoxmcp.tools.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.upstoxmcp.mcp.Complete;
import dev.upstoxmcp.mcp.Resource;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.market.HolidayCalendar;
import dev.upstoxmcp.tools.market.MarketStatusService;
import dev.upstoxmcp.upstox.Ist;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import dev.upstoxmcp.upstox.instruments.InstrumentMaster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reference material a client can read as MCP resources: the instrument master, exchange holidays, a glossary. */
@ApplicationScoped
public class ReferenceResources {

    static final String HOLIDAYS_OF_YEAR = "upstox://market/holidays/{year}";

    @Inject
    InstrumentCatalog instruments;

    @Inject
    MarketStatusService market;

    @Inject
    AnswerStamp stamp;

    @Resource(uri = "upstox://instruments/summary", name = "instrument-summary", title = "Instrument master",
            description = """
                    Upstox's instrument master as this server holds it: when it was loaded, how many instruments \
                    per exchange, segment and instrument type, and every index by name (for benchmark \
                    arguments).""")
    public InstrumentSummary instrumentSummary() {
        InstrumentMaster master = instruments.master();
        List<Instrument> all = master.instruments();
        List<InstrumentSummary.IndexRow> indices = all.stream().filter(Instrument::isIndex)
                .sorted(Comparator.comparing(Instrument::exchange).thenComparing(Instrument::name))
                .map(index -> new InstrumentSummary.IndexRow(index.name(), index.exchange(), index.key()))
                .toList();
        return new InstrumentSummary(master.loadedAt().atZone(Ist.ZONE).toOffsetDateTime(), all.size(),
                counts(all, Instrument::exchange), counts(all, Instrument::segment), counts(all, Instrument::type),
                indices, stamp.now(), stamp.source());
    }

    @Resource(uri = "upstox://market/holidays", name = "market-holidays", title = "Exchange holidays",
            description = """
                    This year's exchange holidays as Upstox publishes them (NSE, BSE, MCX and the others): date, \
                    weekday, occasion, type (trading or settlement holiday, special timing), the exchanges closed \
                    and any session still held.""")
    public HolidayCalendar holidays() {
        return market.holidays(Optional.empty());
    }

    @Resource(uri = HOLIDAYS_OF_YEAR, name = "market-holidays-of-year", title = "Exchange holidays of a year",
            description = """
                    The exchange holidays of one year, e.g. upstox://market/holidays/2026. Upstox publishes the \
                    current year's list only; for a day of another year use get_market_status with date.""")
    public HolidayCalendar holidaysOf(String year) {
        if (!year.matches("\\d{4}")) {
            throw new ToolCallException("year must be four digits, e.g. " + stamp.now().getYear() + "; got "
                    + (year.length() > 10 ? year.substring(0, 10) + "…" : year));
        }
        return market.holidays(Optional.of(Integer.parseInt(year)));
    }

    @Complete(resource = HOLIDAYS_OF_YEAR, argument = "year")
    public List<String> holidayYears(String typed) {
        String year = Integer.toString(stamp.now().getYear());
        return year.startsWith(typed.strip()) ? List.of(year) : List.of();
    }

    @Resource(uri = "upstox://glossary", name = "glossary", title = "Glossary", mimeType = "text/markdown",
            description = """
                    The terms upstox-mcp answers use, each in a line or two: XIRR, TWR, CAGR, beta, correlation, \
                    R², alpha, volatility, tracking error, drawdown, HHI, effective holdings, lots, STCG/LTCG, T1 \
                    holdings, MTF, charges.""")
    public String glossary() {
        try (InputStream text = ReferenceResources.class.getResourceAsStream("glossary.md")) {
            return new String(text.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Map<String, Long> counts(List<Instrument> all, Function<Instrument, String> key) {
        return all.stream().collect(Collectors.groupingBy(instrument -> String.valueOf(key.apply(instrument)),
                TreeMap::new, Collectors.counting()));
    }
}
