package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.NODES;
import static dev.upstoxmcp.sandbox.Fixtures.money;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.upstoxmcp.sandbox.world.DemoWorld;
import dev.upstoxmcp.sandbox.world.MarketModel;
import dev.upstoxmcp.sandbox.world.NiftyOptions;
import dev.upstoxmcp.sandbox.world.Security;
import dev.upstoxmcp.sandbox.world.Trade;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /v2/charges/historical-trades} over the ledger. Stub mappings cannot filter by date, so the fixtures
 * answer the requests the server makes: one per financial year from 1 April 2024 (the oldest Upstox keeps while the
 * world's last day is in FY 2026-27), a whole year at a time (the current year ending on any day from the world's last
 * day to 31 March), {@value #PAGE_SIZE} rows a page, for all segments or one. Every year holds fewer trades than a
 * page, so page 1 is the whole answer. Any other well-formed request (a segment without trades, a later year) gets
 * Upstox's empty page.
 */
final class TradeHistoryFixtures {

    static final String PATH = "/v2/charges/historical-trades";
    /** The page size the server requests (TradeHistoryService.PAGE_SIZE). */
    static final int PAGE_SIZE = 1000;
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 4, 1);
    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final DateTimeFormatter EXPIRY_DISPLAY = DateTimeFormatter.ofPattern("dd MMM yy", Locale.ENGLISH);

    private final DemoWorld world = DemoWorld.get();

    void addTo(Fixtures fixtures) {
        for (LocalDate start = FIRST_DAY; !start.isAfter(MarketModel.LAST_DAY); start = start.plusYears(1)) {
            LocalDate end = start.plusYears(1).minusDays(1);
            boolean current = !end.isBefore(MarketModel.LAST_DAY);
            List<Trade> trades = tradesBetween(start, end);
            String year = String.format(Locale.ROOT, "%02d%02d", start.getYear() % 100, (start.getYear() + 1) % 100);
            ArrayNode mappings = NODES.arrayNode();
            for (String segment : segments(trades)) {
                List<Trade> selected = trades.stream().filter(trade -> segment == null
                        || segment.equals(segmentOf(trade.security()))).toList();
                String name = "charges/historical-trades-" + year + "-" + (segment == null ? "all"
                        : segment.toLowerCase(Locale.ROOT));
                fixtures.file("__files/" + name + ".json", Fixtures.write(page(selected)));
                QueryStub stub = QueryStub.get("Trade history " + start + " to " + (current ? "today" : end) + ", "
                        + (segment == null ? "all segments" : segment), PATH)
                        .equalTo("start_date", start.toString())
                        .equalTo("page_number", "1").equalTo("page_size", String.valueOf(PAGE_SIZE));
                if (current) stub.matches("end_date", DatePatterns.ISO.between(MarketModel.LAST_DAY, end));
                else stub.equalTo("end_date", end.toString());
                if (segment == null) stub.absent("segment");
                else stub.equalTo("segment", segment);
                mappings.add(stub.answerFile(200, name + ".json"));
            }
            ObjectNode file = NODES.objectNode();
            file.set("mappings", mappings);
            fixtures.file("mappings/charges/historical-trades-" + year + ".json", Fixtures.write(file));
        }
        fixtures.file("__files/charges/historical-trades-none.json", Fixtures.write(page(List.of())));
        fixtures.file("mappings/charges/historical-trades-none.json", Fixtures.write(QueryStub.get(
                "Trade history without trades (other segments, later years)", PATH).priority(7)
                .matches("start_date", ISO_DATE).matches("end_date", ISO_DATE)
                .equalTo("page_number", "1").equalTo("page_size", String.valueOf(PAGE_SIZE))
                .answerFile(200, "charges/historical-trades-none.json")));
    }

    /** All segments (no {@code segment} parameter), then each segment that traded. */
    private static List<String> segments(List<Trade> trades) {
        List<String> segments = new ArrayList<>();
        segments.add(null);
        trades.stream().map(trade -> segmentOf(trade.security())).distinct().sorted().forEach(segments::add);
        return segments;
    }

    private List<Trade> tradesBetween(LocalDate start, LocalDate end) {
        return world.ledger().trades().stream()
                .filter(trade -> !trade.date().isBefore(start) && !trade.date().isAfter(end)).toList();
    }

    static String segmentOf(Security security) {
        return security.kind() == Security.Kind.OPTION ? "FO" : "EQ";
    }

    /** Upstox's answer: the rows, {@code errors: null} and the paging under {@code meta_data}. */
    private static ObjectNode page(List<Trade> trades) {
        ObjectNode body = NODES.objectNode().put("status", "success");
        ArrayNode rows = body.putArray("data");
        trades.forEach(trade -> rows.add(row(trade)));
        body.putNull("errors");
        body.putObject("meta_data").putObject("page").put("page_number", 1).put("page_size", PAGE_SIZE)
                .put("total_records", trades.size()).put("total_pages", (trades.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        return body;
    }

    /** Field order and forms of Upstox's sample: strike as a string, empty option fields outside F&amp;O. */
    private static ObjectNode row(Trade trade) {
        Security security = trade.security();
        boolean option = security.kind() == Security.Kind.OPTION;
        String scrip = option ? "NIFTY " + NiftyOptions.strikeOf(security) + (NiftyOptions.isCall(security) ? " CE "
                : " PE ") + NiftyOptions.NOVEMBER_EXPIRY.format(EXPIRY_DISPLAY).toUpperCase(Locale.ROOT)
                : security.symbol();
        return NODES.objectNode().put("exchange", "NSE").put("segment", segmentOf(security))
                .put("option_type", option ? (NiftyOptions.isCall(security) ? "CE" : "PE") : "")
                .put("quantity", trade.quantity()).put("amount", money(trade.value()))
                .put("trade_id", trade.tradeId()).put("trade_date", trade.date().toString())
                .put("transaction_type", trade.side().name()).put("scrip_name", scrip)
                .put("strike_price", option ? NiftyOptions.strikeOf(security) + ".0" : "0.0")
                .put("expiry", option ? NiftyOptions.NOVEMBER_EXPIRY.toString() : "")
                .put("price", trade.price()).put("isin", security.isin()).put("symbol", security.symbol())
                .put("instrument_token", security.key());
    }
}
