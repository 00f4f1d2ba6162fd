package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.NODES;
import static dev.upstoxmcp.sandbox.Fixtures.dec;
import static dev.upstoxmcp.sandbox.Fixtures.money;
import static dev.upstoxmcp.sandbox.Fixtures.success;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.upstoxmcp.sandbox.world.DailyBar;
import dev.upstoxmcp.sandbox.world.DemoWorld;
import dev.upstoxmcp.sandbox.world.MarketModel;
import dev.upstoxmcp.sandbox.world.Securities;
import dev.upstoxmcp.sandbox.world.Security;
import dev.upstoxmcp.sandbox.world.Trade;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The order book, order histories and trades of the world's last day. Every trade of that day in the ledger is a
 * complete order (buys at market, sells at a limit); five orders that did not fill come with them: a limit buy still
 * open, a limit buy cancelled, a market buy rejected for want of funds (the shortfall from the day's funds), a
 * stop-loss on the open intraday long waiting for its trigger, and an after-market order placed after the close.
 * Unfilled limit and trigger prices lie below the day's low, so none of them could have filled.
 */
final class OrderFixtures {

    static final String USER = "SBX042";
    static final String HISTORY_PATH = "/v2/order/history";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final BigDecimal TICK = dec("0.05");

    /** One state of an order: Upstox's status phrase, when, whether the exchange had it, and the quantity filled. */
    record Step(String status, LocalTime at, boolean atExchange, long filled) {}

    /** One order of the day and the states it went through, oldest first. */
    record DemoOrder(String orderId, Security security, String side, long quantity, String orderType,
                     BigDecimal price, BigDecimal triggerPrice, String product, String variety, String tag,
                     BigDecimal averagePrice, String statusMessage, String statusMessageRaw, List<Step> steps) {

        Step last() {
            return steps.get(steps.size() - 1);
        }

        LocalTime placedAt() {
            return steps.get(0).at();
        }

        boolean reachedExchange() {
            return steps.stream().anyMatch(Step::atExchange);
        }

        /** Like Upstox's: 16 digits, the exchange's prefix and the order's sequence. */
        String exchangeOrderId() {
            return reachedExchange() ? "13000000" + orderId.substring(orderId.length() - 8) : "";
        }

        long pending() {
            String status = last().status();
            return status.equals("complete") || status.equals("rejected") ? 0 : quantity - last().filled();
        }
    }

    private final DemoWorld world = DemoWorld.get();
    private final AccountFixtures account;
    private final List<DemoOrder> orders;

    OrderFixtures(AccountFixtures account) {
        this.account = account;
        this.orders = build();
    }

    List<DemoOrder> orders() {
        return orders;
    }

    private List<DemoOrder> build() {
        List<DemoOrder> all = new ArrayList<>();
        for (Trade trade : lastDayTrades()) all.add(filled(trade));
        all.add(limitBuy(1, "ITC", 50, "0.98", null, LocalTime.of(9, 42, 18), LocalTime.of(11, 2, 45)));
        all.add(limitBuy(2, "INFY", 10, "0.985", "dip-buy", LocalTime.of(13, 40, 5), null));
        all.add(rejected(3, "MARUTI", 20, LocalTime.of(12, 31, 10)));
        all.add(stopLoss(4, "TATAMOTORS", 100, LocalTime.of(11, 16, 30)));
        all.add(afterMarket(5, "HDFCBANK", 5, LocalTime.of(16, 5, 12)));
        all.sort(Comparator.comparing(DemoOrder::placedAt).thenComparing(DemoOrder::orderId));
        return List.copyOf(all);
    }

    void addTo(Fixtures fixtures) {
        ArrayNode book = NODES.arrayNode();
        orders.forEach(order -> book.add(bookRow(order)));
        fixtures.endpoint("orders/order-book", "Today's order book of the demo user", "/v2/order/retrieve-all",
                success(book));
        for (DemoOrder order : orders) {
            ArrayNode states = NODES.arrayNode();
            for (int index = 0; index < order.steps().size(); index++) states.add(historyRow(order, index));
            String name = "orders/order-history-" + order.orderId();
            fixtures.file("__files/" + name + ".json", Fixtures.write(success(states)));
            fixtures.file("mappings/" + name + ".json", Fixtures.write(QueryStub.get("States of order "
                    + order.orderId() + " (" + order.side() + " " + order.quantity() + " "
                    + order.security().symbol() + ", " + order.last().status() + ")", HISTORY_PATH)
                    .equalTo("order_id", order.orderId()).answerFile(200, name + ".json")));
        }
        historyErrors(fixtures);
        ArrayNode trades = NODES.arrayNode();
        lastDayTrades().forEach(trade -> trades.add(tradeRow(trade)));
        fixtures.endpoint("orders/trades-for-day", "Today's trades of the demo user",
                "/v2/order/trades/get-trades-for-day", success(trades));
    }

    /** Upstox's answers for an order id it cannot have: not its format (UDAPI1010), or not in today's book. */
    private static void historyErrors(Fixtures fixtures) {
        fixtures.file("__files/errors/invalid-order-id.json", Fixtures.write(UpstoxErrorFixtures.envelope("UDAPI1010",
                "Order id accepts only alphanumeric characters and '-'.")));
        fixtures.file("mappings/orders/order-history-invalid-id.json", Fixtures.write(QueryStub.get(
                "An order id that is not letters, digits and hyphens", HISTORY_PATH).priority(6)
                .matches("order_id", ".*[^A-Za-z0-9-].*").answerFile(400, "errors/invalid-order-id.json")));
        fixtures.file("__files/errors/order-not-found.json", Fixtures.write(UpstoxErrorFixtures.envelope(
                "UDAPI100010", "Order not found")));
        fixtures.file("mappings/orders/order-history-unknown-id.json", Fixtures.write(QueryStub.get(
                "An order id that is not in today's order book", HISTORY_PATH).priority(7)
                .matches("order_id", "[A-Za-z0-9-]+").answerFile(400, "errors/order-not-found.json")));
    }

    private List<Trade> lastDayTrades() {
        return world.ledger().trades().stream().filter(trade -> trade.date().equals(MarketModel.LAST_DAY)).toList();
    }

    /** A ledger trade as the market order (buys) or limit order (sells) that it filled. */
    private static DemoOrder filled(Trade trade) {
        LocalTime at = trade.time();
        String type = trade.isBuy() ? "MARKET" : "LIMIT";
        return new DemoOrder(trade.orderId(), trade.security(), trade.side().name(), trade.quantity(), type,
                trade.isBuy() ? dec("0.0") : trade.price(), dec("0.0"), trade.product(), "SIMPLE", null,
                trade.price(), null, null, List.of(new Step("put order req received", at, false, 0),
                new Step("validation pending", at, false, 0), new Step("open pending", at, false, 0),
                new Step("open", at, true, 0), new Step("complete", at, true, trade.quantity())));
    }

    private DemoOrder limitBuy(int sequence, String symbol, long quantity, String fractionOfLow, String tag,
                               LocalTime placed, LocalTime cancelled) {
        Security security = Securities.bySymbol(symbol);
        List<Step> steps = new ArrayList<>(accepted(placed, "open"));
        if (cancelled != null) {
            steps.add(new Step("cancel pending", cancelled, true, 0));
            steps.add(new Step("cancelled", cancelled, true, 0));
        }
        return new DemoOrder(orderId(sequence), security, "BUY", quantity, "LIMIT",
                tick(bar(security).low().multiply(dec(fractionOfLow))), dec("0.0"), "D", "SIMPLE", tag, dec("0.0"),
                null, null, List.copyOf(steps));
    }

    /** A delivery buy worth more than the account could pay: Upstox's RMS rejects it, naming the shortfall. */
    private DemoOrder rejected(int sequence, String symbol, long quantity, LocalTime placed) {
        Security security = Securities.bySymbol(symbol);
        BigDecimal required = money(bar(security).open().multiply(BigDecimal.valueOf(quantity)));
        BigDecimal available = account.availableToTrade();
        return new DemoOrder(orderId(sequence), security, "BUY", quantity, "MARKET", dec("0.0"), dec("0.0"), "D",
                "SIMPLE", null, dec("0.0"), "You need to add Rs. " + required.subtract(available).toPlainString()
                + " in your account to place this trade.", "RMS:Margin Exceeds,Required:" + required.toPlainString()
                + ", Available:" + available.toPlainString() + " for entity account-" + USER + " across exchange "
                + "across segment across product ",
                List.of(new Step("put order req received", placed, false, 0),
                        new Step("validation pending", placed, false, 0), new Step("rejected", placed, false, 0)));
    }

    /** A stop-loss market sell guarding the intraday long, its trigger below the day's low. */
    private DemoOrder stopLoss(int sequence, String symbol, long quantity, LocalTime placed) {
        Security security = Securities.bySymbol(symbol);
        return new DemoOrder(orderId(sequence), security, "SELL", quantity, "SL-M", dec("0.0"),
                tick(bar(security).low().multiply(dec("0.985"))), "I", "SIMPLE", null, dec("0.0"), null, null,
                accepted(placed, "trigger pending"));
    }

    /** Placed after the close: it waits for the next session and has not reached the exchange. */
    private DemoOrder afterMarket(int sequence, String symbol, long quantity, LocalTime placed) {
        Security security = Securities.bySymbol(symbol);
        return new DemoOrder(orderId(sequence), security, "BUY", quantity, "LIMIT",
                tick(bar(security).close().multiply(dec("0.99"))), dec("0.0"), "D", "AMO", null, dec("0.0"), null,
                null, List.of(new Step("put order req received", placed, false, 0),
                new Step("validation pending", placed, false, 0),
                new Step("after market order req received", placed, false, 0)));
    }

    private static List<Step> accepted(LocalTime placed, String status) {
        return List.of(new Step("put order req received", placed, false, 0),
                new Step("validation pending", placed, false, 0), new Step("open pending", placed, false, 0),
                new Step(status, placed, true, 0));
    }

    /** Ids in the ledger's format, numbered apart from the ledger's own. */
    private static String orderId(int sequence) {
        LocalDate day = MarketModel.LAST_DAY;
        return String.format(Locale.ROOT, "%02d%02d%02d%09d", day.getYear() % 100, day.getMonthValue(),
                day.getDayOfMonth(), 10_990_000L + sequence * 13L);
    }

    private DailyBar bar(Security security) {
        List<DailyBar> bars = world.market().bars(security.key());
        return bars.get(bars.size() - 1);
    }

    private static BigDecimal tick(BigDecimal price) {
        return price.divide(TICK, 0, RoundingMode.DOWN).multiply(TICK).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String timestamp(LocalTime time) {
        return MarketModel.LAST_DAY.atTime(time).format(TIMESTAMP);
    }

    /** The latest state up to {@code index} in which the exchange had the order, or null. */
    private static Step atExchange(DemoOrder order, int index) {
        Step latest = null;
        for (Step step : order.steps().subList(0, index + 1)) if (step.atExchange()) latest = step;
        return latest;
    }

    /** An order-book row, in the field order of Upstox's sample. */
    private static ObjectNode bookRow(DemoOrder order) {
        Step last = order.last();
        Step exchange = atExchange(order, order.steps().size() - 1);
        ObjectNode row = NODES.objectNode().put("exchange", order.security().exchange())
                .put("product", order.product()).put("price", order.price()).put("quantity", order.quantity())
                .put("status", last.status()).putNull("guid");
        putText(row, "tag", order.tag());
        row.put("instrument_token", order.security().key()).put("placed_by", USER)
                .put("trading_symbol", order.security().symbol()).put("tradingsymbol", order.security().symbol())
                .put("order_type", order.orderType()).put("validity", "DAY")
                .put("trigger_price", order.triggerPrice()).put("disclosed_quantity", 0)
                .put("transaction_type", order.side())
                .put("average_price", last.filled() > 0 ? order.averagePrice() : dec("0.0"))
                .put("filled_quantity", last.filled()).put("pending_quantity", order.pending());
        statusMessages(row, order, last, true);
        row.put("exchange_order_id", order.exchangeOrderId()).putNull("parent_order_id")
                .put("order_id", order.orderId()).put("variety", order.variety())
                .put("order_timestamp", timestamp(order.placedAt()));
        putText(row, "exchange_timestamp", exchange == null ? null : timestamp(exchange.at()));
        return row.put("is_amo", "AMO".equals(order.variety())).put("order_request_id", "1")
                .put("order_ref_id", "sbx-" + order.orderId().substring(order.orderId().length() - 6));
    }

    /** One state in Upstox's order-history shape: no guid, pending quantity, raw message or reference id. */
    private static ObjectNode historyRow(DemoOrder order, int index) {
        Step step = order.steps().get(index);
        Step exchange = atExchange(order, index);
        ObjectNode row = NODES.objectNode().put("exchange", order.security().exchange())
                .put("price", order.price()).put("product", order.product()).put("quantity", order.quantity())
                .put("status", step.status());
        putText(row, "tag", order.tag());
        row.put("validity", "DAY").put("average_price", step.filled() > 0 ? order.averagePrice() : dec("0.0"))
                .put("disclosed_quantity", 0);
        putText(row, "exchange_order_id", exchange == null ? null : order.exchangeOrderId());
        putText(row, "exchange_timestamp", exchange == null ? null : timestamp(exchange.at()));
        row.put("instrument_token", order.security().key()).put("is_amo", "AMO".equals(order.variety()));
        statusMessages(row, order, step, false);
        return row.put("order_id", order.orderId()).put("order_request_id", "1")
                .put("order_type", order.orderType()).put("parent_order_id", "NA")
                .put("trading_symbol", order.security().symbol()).put("tradingsymbol", order.security().symbol())
                .put("order_timestamp", timestamp(order.placedAt())).put("filled_quantity", step.filled())
                .put("transaction_type", order.side()).put("trigger_price", order.triggerPrice())
                .put("placed_by", USER).put("variety", order.variety());
    }

    /** The rejection reason, on the rejected state only; Upstox's raw RMS text only in the book. */
    private static void statusMessages(ObjectNode row, DemoOrder order, Step state, boolean book) {
        boolean rejected = state.status().equals("rejected");
        putText(row, "status_message", rejected ? order.statusMessage() : null);
        if (book) putText(row, "status_message_raw", rejected ? order.statusMessageRaw() : null);
    }

    /** A trade of the day with the order book's key and timestamp forms (not the docs sample's legacy ones). */
    private ObjectNode tradeRow(Trade trade) {
        DemoOrder order = orders.stream().filter(o -> o.orderId().equals(trade.orderId())).findFirst().orElseThrow();
        return NODES.objectNode().put("exchange", trade.security().exchange()).put("product", trade.product())
                .put("trading_symbol", trade.security().symbol()).put("tradingsymbol", trade.security().symbol())
                .put("instrument_token", trade.security().key()).put("order_type", order.orderType())
                .put("transaction_type", trade.side().name()).put("quantity", trade.quantity())
                .put("exchange_order_id", order.exchangeOrderId()).put("order_id", trade.orderId())
                .put("exchange_timestamp", timestamp(trade.time())).put("average_price", trade.price())
                .put("trade_id", trade.tradeId())
                .put("order_ref_id", "sbx-" + trade.orderId().substring(trade.orderId().length() - 6))
                .put("order_timestamp", timestamp(order.placedAt()));
    }

    private static void putText(ObjectNode row, String field, String value) {
        if (value == null) row.putNull(field);
        else row.put(field, value);
    }
}
