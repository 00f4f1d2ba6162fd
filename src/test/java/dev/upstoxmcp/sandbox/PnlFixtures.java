package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.NODES;
import static dev.upstoxmcp.sandbox.Fixtures.dec;
import static dev.upstoxmcp.sandbox.Fixtures.money;
import static dev.upstoxmcp.sandbox.Fixtures.success;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.upstoxmcp.sandbox.world.Account;
import dev.upstoxmcp.sandbox.world.Account.Realisation;
import dev.upstoxmcp.sandbox.world.DemoWorld;
import dev.upstoxmcp.sandbox.world.Security;
import dev.upstoxmcp.sandbox.world.Trade;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Upstox's trade-wise P&amp;L report ({@code /v2/trade/profit-loss/metadata}, {@code /data}, {@code /charges}) of
 * every financial year and segment the ledger traded in. Rows are the account's sales matched first-in-first-out
 * against its purchases ({@link Account#realisations()}) plus the intraday round trips of the day they were made;
 * charges come from {@link ChargesModel} over the year's trades. A row belongs to a range when its sale does, a charge
 * when its trade does.
 *
 * <p>Without {@code from_date}/{@code to_date} a request covers the whole year. A range's answer depends only on
 * which trading days with sales (rows) or trades (charges) it spans, so for each first and last such day there is one
 * mapping whose {@code from_date} and {@code to_date} patterns match every range spanning exactly those days; a range
 * with none of them gets the empty answer. {@code data} is served at the page size the metadata announces, which
 * holds every year's rows. Years and segments without trades get empty answers.
 */
final class PnlFixtures {

    static final String METADATA = "/v2/trade/profit-loss/metadata";
    static final String DATA = "/v2/trade/profit-loss/data";
    static final String CHARGES = "/v2/trade/profit-loss/charges";
    static final int PAGE_SIZE_LIMIT = 5000;
    private static final DateTimeFormatter UPSTOX_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);

    /** The trades and sales of one segment in one financial year. */
    record Year(String segment, int startYear, List<Trade> trades, List<Realisation> sales) {

        LocalDate start() {
            return LocalDate.of(startYear, 4, 1);
        }

        LocalDate end() {
            return LocalDate.of(startYear + 1, 3, 31);
        }

        String code() {
            return String.format(Locale.ROOT, "%02d%02d", startYear % 100, (startYear + 1) % 100);
        }

        String label() {
            return segment + " " + startYear + "-" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
        }
    }

    private final DemoWorld world = DemoWorld.get();

    void addTo(Fixtures fixtures) {
        for (Year year : years()) {
            ArrayNode mappings = NODES.arrayNode();
            wholeYear(year, mappings);
            ranges(year, mappings, METADATA, year.sales(), Realisation::sellDate);
            ranges(year, mappings, DATA, year.sales(), Realisation::sellDate);
            ranges(year, mappings, CHARGES, year.trades(), Trade::date);
            ObjectNode file = NODES.objectNode();
            file.set("mappings", mappings);
            fixtures.file("mappings/pnl/" + year.segment().toLowerCase(Locale.ROOT) + "-" + year.code() + ".json",
                    Fixtures.write(file));
        }
        ArrayNode none = NODES.arrayNode();
        for (String path : List.of(METADATA, DATA, CHARGES)) {
            QueryStub stub = QueryStub.get("P&L report of a year or segment without trades", path).priority(7)
                    .matches("segment", "EQ|FO|COM|CD").matches("financial_year", "\\d{4}");
            if (path.equals(DATA)) stub.equalTo("page_number", "1").equalTo("page_size", str(PAGE_SIZE_LIMIT));
            none.add(stub.answerJson(200, answer(path, List.of(), List.of())));
        }
        ObjectNode file = NODES.objectNode();
        file.set("mappings", none);
        fixtures.file("mappings/pnl/no-trades.json", Fixtures.write(file));
    }

    /** Every segment and financial year with at least one trade, oldest first. */
    List<Year> years() {
        List<Realisation> sales = sales();
        Map<String, Year> years = new LinkedHashMap<>();
        for (Trade trade : world.ledger().trades()) {
            String segment = TradeHistoryFixtures.segmentOf(trade.security());
            int start = startYear(trade.date());
            years.computeIfAbsent(segment + start, key -> new Year(segment, start, new ArrayList<>(),
                    sales.stream().filter(sale -> TradeHistoryFixtures.segmentOf(sale.security()).equals(segment)
                            && startYear(sale.sellDate()) == start).toList())).trades().add(trade);
        }
        return years.values().stream().map(year -> new Year(year.segment(), year.startYear(),
                List.copyOf(year.trades()), year.sales())).toList();
    }

    /** Delivery sales matched FIFO, and each day's intraday buys matched FIFO with its intraday sells. */
    List<Realisation> sales() {
        List<Realisation> sales = new ArrayList<>(world.account().realisations());
        Map<String, Deque<Trade>> openBuys = new LinkedHashMap<>();
        for (Trade trade : world.ledger().trades()) {
            if (!"I".equals(trade.product())) continue;
            Deque<Trade> buys = openBuys.computeIfAbsent(trade.security().key() + " " + trade.date(),
                    key -> new ArrayDeque<>());
            if (trade.isBuy()) {
                buys.add(trade);
                continue;
            }
            long remaining = trade.quantity();
            while (remaining > 0 && !buys.isEmpty()) {
                Trade buy = buys.removeFirst();
                long matched = Math.min(remaining, buy.quantity());
                sales.add(new Realisation(trade.security(), matched, buy.date(), buy.price(), trade.date(),
                        trade.price()));
                if (matched < buy.quantity()) {
                    buys.addFirst(new Trade(buy.tradeId(), buy.orderId(), buy.date(), buy.time(), buy.security(),
                            buy.side(), buy.quantity() - matched, buy.price(), buy.product()));
                }
                remaining -= matched;
            }
        }
        sales.sort(Comparator.comparing(Realisation::sellDate).thenComparing(Realisation::buyDate));
        return List.copyOf(sales);
    }

    private void wholeYear(Year year, ArrayNode mappings) {
        for (String path : List.of(METADATA, DATA, CHARGES)) {
            QueryStub stub = request(year, path, "whole year").absent("from_date").absent("to_date");
            mappings.add(stub.answerJson(200, answer(path, year.sales(), year.trades())));
        }
    }

    /**
     * One mapping per first and last day with events in a range, and one for ranges without any. A range spans days
     * {@code i..j} of the event days when from_date lies after day {@code i-1} up to day {@code i}, and to_date from
     * day {@code j} up to before day {@code j+1}.
     */
    private static <T> void ranges(Year year, ArrayNode mappings, String path, List<T> events,
                                   Function<T, LocalDate> dayOf) {
        List<LocalDate> days = events.stream().map(dayOf).distinct().sorted().toList();
        for (int i = 0; i < days.size(); i++) {
            LocalDate fromStart = i == 0 ? year.start() : days.get(i - 1).plusDays(1);
            for (int j = i; j < days.size(); j++) {
                LocalDate toEnd = j == days.size() - 1 ? year.end() : days.get(j + 1).minusDays(1);
                LocalDate first = days.get(i);
                LocalDate last = days.get(j);
                Predicate<LocalDate> spanned = day -> !day.isBefore(first) && !day.isAfter(last);
                QueryStub stub = request(year, path, "days " + first + " to " + last)
                        .matches("from_date", DatePatterns.DAY_MONTH_YEAR.between(fromStart, first))
                        .matches("to_date", DatePatterns.DAY_MONTH_YEAR.between(last, toEnd));
                mappings.add(stub.answerJson(200, answer(path,
                        year.sales().stream().filter(sale -> spanned.test(sale.sellDate())).toList(),
                        year.trades().stream().filter(trade -> spanned.test(trade.date())).toList())));
            }
        }
        String anyDay = DatePatterns.DAY_MONTH_YEAR.between(year.start(), year.end());
        mappings.add(request(year, path, "a range without any").priority(6).matches("from_date", anyDay)
                .matches("to_date", anyDay).answerJson(200, answer(path, List.of(), List.of())));
    }

    private static QueryStub request(Year year, String path, String range) {
        String what = path.substring(path.lastIndexOf('/') + 1);
        QueryStub stub = QueryStub.get("P&L " + what + ", " + year.label() + ", " + range, path)
                .equalTo("segment", year.segment()).equalTo("financial_year", year.code());
        if (path.equals(DATA)) stub.equalTo("page_number", "1").equalTo("page_size", str(PAGE_SIZE_LIMIT));
        return stub;
    }

    private static ObjectNode answer(String path, List<Realisation> sales, List<Trade> trades) {
        return switch (path) {
            case METADATA -> metadata(sales.size());
            case DATA -> data(sales);
            default -> charges(trades);
        };
    }

    private static ObjectNode metadata(int rows) {
        return success(NODES.objectNode().put("trades_count", rows).put("page_size_limit", PAGE_SIZE_LIMIT));
    }

    private static ObjectNode data(List<Realisation> sales) {
        ArrayNode rows = NODES.arrayNode();
        for (Realisation sale : sales) {
            Security security = sale.security();
            rows.addObject().put("quantity", sale.quantity()).put("isin", security.isin())
                    .put("scrip_name", security.name()).put("trade_type", "EQ")
                    .put("buy_date", sale.buyDate().format(UPSTOX_DATE)).put("buy_average", sale.buyPrice())
                    .put("sell_date", sale.sellDate().format(UPSTOX_DATE)).put("sell_average", sale.sellPrice())
                    .put("buy_amount", money(sale.buyAmount())).put("sell_amount", money(sale.sellAmount()));
        }
        ObjectNode body = success(rows);
        body.putObject("metadata").putObject("page").put("page_number", 1).put("page_size", PAGE_SIZE_LIMIT);
        return body;
    }

    private static ObjectNode charges(List<Trade> trades) {
        ChargesModel.Charges charges = ChargesModel.of(trades);
        ObjectNode breakdown = NODES.objectNode().put("total", charges.total()).put("brokerage", charges.brokerage());
        breakdown.putObject("taxes").put("gst", charges.gst()).put("stt", charges.stt())
                .put("stamp_duty", charges.stampDuty());
        breakdown.putObject("charges").put("transaction", charges.transaction()).put("clearing", dec("0.00"))
                .putNull("ipft").put("others", dec("0.00")).put("sebi_turnover", charges.sebi())
                .put("demat_transaction", charges.demat());
        ObjectNode data = NODES.objectNode();
        data.set("charges_breakdown", breakdown);
        return success(data);
    }

    private static int startYear(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    private static String str(int value) {
        return String.valueOf(value);
    }
}
