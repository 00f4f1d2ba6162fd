package dev.upstoxmcp.sandbox;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the demo account of the sandbox: the account endpoints' bodies in Upstox's exact shapes and the WireMock
 * stub mappings that serve them. The account is invented (no real account was recorded), so every number is chosen
 * here and every derived number (P&amp;L, totals, margins) is computed here, which keeps them consistent.
 *
 * <p>Run {@code ./mvnw -q test -Dtest=DemoAccountFixturesTest -Dfixtures.write=true} to regenerate
 * {@code sandbox-fixtures}; {@link DemoAccountFixturesTest} fails when the committed files differ from this output.
 */
public final class DemoAccountFixtures {

    /** The trading day the demo account is recorded on (a Friday), closing prices of that day. */
    public static final String AS_OF = "2026-11-20";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(
                    new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    /** A delivery holding of the demo account; {@code pledged} units are pledged as collateral for margin. */
    record DemoHolding(String symbol, String company, String isin, String sector, long quantity, String average,
                       String close, String last, long pledged) {

        DemoHolding(String symbol, String company, String isin, String sector, long quantity, String average,
                    String close, String last) {
            this(symbol, company, isin, sector, quantity, average, close, last, 0);
        }

        BigDecimal haircut() {
            return dec(isin.startsWith("INE") ? "0.2" : "0.1");
        }

        /** Margin the pledged units give: their value less the haircut. */
        BigDecimal pledgeMargin() {
            return dec(last).multiply(BigDecimal.valueOf(pledged)).multiply(BigDecimal.ONE.subtract(haircut()))
                    .setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** Twelve NSE equities across sectors, a Nifty ETF and a sovereign gold bond. */
    public static final List<DemoHolding> HOLDINGS = List.of(
            new DemoHolding("RELIANCE", "RELIANCE INDUSTRIES LTD", "INE002A01018", "Energy", 40, "1286.40", "1468.20",
                    "1479.85"),
            new DemoHolding("TCS", "TATA CONSULTANCY SERV LT", "INE467B01029", "Information Technology", 12, "3812.75",
                    "3295.60", "3271.30"),
            new DemoHolding("HDFCBANK", "HDFC BANK LTD", "INE040A01034", "Financial Services", 60, "1512.30", "1742.90",
                    "1755.45", 30),
            new DemoHolding("INFY", "INFOSYS LIMITED", "INE009A01021", "Information Technology", 35, "1655.10",
                    "1548.25", "1539.90"),
            new DemoHolding("ICICIBANK", "ICICI BANK LTD.", "INE090A01021", "Financial Services", 50, "1088.65",
                    "1402.35", "1411.20"),
            new DemoHolding("ITC", "ITC LTD", "INE154A01025", "Fast Moving Consumer Goods", 150, "412.80", "418.55",
                    "421.05"),
            new DemoHolding("HINDUNILVR", "HINDUSTAN UNILEVER LTD.", "INE030A01027", "Fast Moving Consumer Goods", 15,
                    "2530.00", "2418.70", "2405.15"),
            new DemoHolding("BHARTIARTL", "BHARTI AIRTEL LIMITED", "INE397D01024", "Telecommunication", 30, "1185.25",
                    "2094.40", "2101.65"),
            new DemoHolding("LT", "LARSEN & TOUBRO LTD.", "INE018A01030", "Construction", 10, "3390.15", "3985.50",
                    "3968.10"),
            new DemoHolding("SUNPHARMA", "SUN PHARMACEUTICAL IND L", "INE044A01036", "Healthcare", 25, "1122.40",
                    "1712.35", "1724.80"),
            new DemoHolding("MARUTI", "MARUTI SUZUKI INDIA LTD.", "INE585B01010", "Automobile and Auto Components", 4,
                    "10850.00", "15920.25", "16044.60"),
            new DemoHolding("TATAPOWER", "TATA POWER CO LTD", "INE245A01021", "Power", 120, "245.60", "402.15",
                    "398.70"),
            new DemoHolding("NIFTYBEES", "NIP IND ETF NIFTY BEES", "INF204KB14I2", "Exchange Traded Fund", 200,
                    "218.45", "291.62", "293.05"),
            new DemoHolding("SGBFEB32IV", "SOVEREIGN GOLD BOND 2023-24 SR-IV", "IN0020230184", "Gold Bond", 10,
                    "6263.00", "12598.00", "12650.00"));

    // Funds of the day. Margin is blocked for the MTF positions (a quarter of their value), the open intraday
    // long (VaR + ELM, a fifth of its value) and the premium of the option bought; it comes out of the cash.
    private static final BigDecimal OPENING_BALANCE = dec("185000.00");
    private static final BigDecimal ADDED_TODAY = dec("25000.00");
    private static final BigDecimal WITHDRAWN_TODAY = dec("-10000.00");
    private static final BigDecimal UNPAID_CHARGES = dec("-48.60");
    private static final BigDecimal MTF_MARGIN = dec("14670.00");
    private static final BigDecimal VAR_ELM_MARGIN = dec("14043.00");
    private static final BigDecimal PREMIUM_PAID = dec("10672.50");
    private static final BigDecimal MARGIN_USED = MTF_MARGIN.add(VAR_ELM_MARGIN).add(PREMIUM_PAID);
    private static final BigDecimal CASH_AVAILABLE = OPENING_BALANCE.add(ADDED_TODAY).add(WITHDRAWN_TODAY)
            .add(UNPAID_CHARGES).subtract(MARGIN_USED);
    private static final BigDecimal PLEDGE_AVAILABLE = HOLDINGS.stream().map(DemoHolding::pledgeMargin)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    private static final BigDecimal AVAILABLE_TO_TRADE = CASH_AVAILABLE.add(PLEDGE_AVAILABLE);

    private DemoAccountFixtures() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "sandbox-fixtures");
        for (Map.Entry<String, String> file : files().entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Every generated file, by path relative to {@code sandbox-fixtures}. */
    public static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        body(files, "user/profile", success(profile()));
        body(files, "user/funds-and-margin-v2", success(fundsV2()));
        body(files, "user/funds-and-margin-v3", success(fundsV3()));
        body(files, "portfolio/long-term-holdings", success(holdings()));
        body(files, "portfolio/short-term-positions", success(positions(SHORT_TERM_POSITIONS)));
        body(files, "portfolio/mtf-positions", success(positions(MTF_POSITIONS)));
        stub(files, "user/profile", "Profile of the demo user", "/v2/user/profile");
        stub(files, "user/funds-and-margin-v2", "Funds and margin (v2) of the demo user",
                "/v2/user/get-funds-and-margin");
        stub(files, "user/funds-and-margin-v3", "Funds and margin (v3) of the demo user",
                "/v3/user/get-funds-and-margin");
        stub(files, "portfolio/long-term-holdings", "Holdings of the demo user", "/v2/portfolio/long-term-holdings");
        stub(files, "portfolio/short-term-positions", "Today's positions of the demo user",
                "/v2/portfolio/short-term-positions");
        stub(files, "portfolio/mtf-positions", "MTF positions of the demo user", "/v3/portfolio/mtf-positions");
        UpstoxErrorFixtures.addTo(files);
        return files;
    }

    static String write(ObjectNode node) {
        return JSON.writeValueAsString(node) + "\n";
    }

    private static void body(Map<String, String> files, String name, ObjectNode body) {
        files.put("__files/" + name + ".json", write(body));
    }

    private static void stub(Map<String, String> files, String name, String description, String path) {
        ObjectNode mapping = NODES.objectNode().put("name", description);
        ObjectNode request = mapping.putObject("request").put("method", "GET").put("urlPath", path);
        request.putObject("headers").putObject("Authorization").put("matches", "Bearer .+");
        ObjectNode response = mapping.putObject("response").put("status", 200);
        response.putObject("headers").put("Content-Type", "application/json");
        response.put("bodyFileName", name + ".json");
        files.put("mappings/" + name + ".json", write(mapping));
    }

    static ObjectNode success(Object data) {
        ObjectNode envelope = NODES.objectNode().put("status", "success");
        envelope.set("data", data instanceof ArrayNode array ? array : (ObjectNode) data);
        return envelope;
    }

    private static ObjectNode profile() {
        ObjectNode profile = NODES.objectNode().put("email", "asha.demo@example.com");
        strings(profile.putArray("exchanges"), "NSE", "NFO", "BSE", "CDS", "BFO", "BCD", "MCX");
        strings(profile.putArray("products"), "D", "CO", "I", "MTF");
        profile.put("broker", "UPSTOX").put("user_id", "SBX042").put("user_name", "Asha Demo");
        strings(profile.putArray("order_types"), "MARKET", "LIMIT", "SL", "SL-M");
        return profile.put("user_type", "individual").put("poa", false).put("ddpi", true).put("is_active", true);
    }

    private static ObjectNode fundsV2() {
        ObjectNode funds = NODES.objectNode();
        segment(funds.putObject("equity"), MARGIN_USED, ADDED_TODAY, AVAILABLE_TO_TRADE);
        segment(funds.putObject("commodity"), dec("0.0"), dec("0.0"), dec("0.0"));
        return funds;
    }

    private static void segment(ObjectNode segment, BigDecimal used, BigDecimal payin, BigDecimal available) {
        segment.put("used_margin", used).put("payin_amount", payin).put("span_margin", dec("0.0"))
                .put("adhoc_margin", dec("0.0")).put("notional_cash", dec("0.0"))
                .put("available_margin", available).put("exposure_margin", dec("0.0"));
    }

    private static ObjectNode fundsV3() {
        ObjectNode funds = NODES.objectNode();
        ObjectNode available = funds.putObject("available_to_trade").put("total", AVAILABLE_TO_TRADE);
        ObjectNode cashBucket = available.putObject("cash_available_to_trade").put("total", CASH_AVAILABLE);
        cashBucket.putObject("cash").put("opening_balance", OPENING_BALANCE).put("added_today", ADDED_TODAY)
                .put("withdrawn_today", WITHDRAWN_TODAY).put("amount_from_stock_sale", dec("0.0"))
                .put("unpaid_charges", UNPAID_CHARGES);
        ObjectNode cashMargin = cashBucket.putObject("margin_used").put("total", MARGIN_USED)
                .put("mtf", MTF_MARGIN);
        cashMargin.putObject("loss").put("total", dec("355.00")).put("realised", dec("0.0"))
                .put("unrealised", dec("355.00"));
        cashMargin.put("span_exposure", dec("0.0")).put("cash_margin_var_elm", VAR_ELM_MARGIN)
                .put("premium_present", PREMIUM_PAID);
        cashMargin.putObject("delivery_margin").put("total", dec("0.0")).put("equity", dec("0.0"))
                .put("fo_settlement", dec("0.0"));
        ObjectNode pledge = available.putObject("pledge_available_to_trade").put("total", PLEDGE_AVAILABLE);
        pledge.putObject("margin_from_pledge").put("total", PLEDGE_AVAILABLE).put("equity", PLEDGE_AVAILABLE)
                .put("mutual_funds", dec("0.0"));
        ObjectNode pledgeMargin = pledge.putObject("margin_used").put("total", dec("0.0")).put("mtf", dec("0.0"))
                .put("span_exposure", dec("0.0")).put("cash_margin_var_elm", dec("0.0"))
                .put("premium_present", dec("0.0"));
        pledgeMargin.putObject("delivery_margin").put("total", dec("0.0")).put("equity", dec("0.0"))
                .put("fo_settlement", dec("0.0"));
        ObjectNode unavailable = funds.putObject("unavailable_to_trade");
        unavailable.putObject("cash_unavailable_to_trade").putObject("unsettled_profit")
                .put("todays_profit", dec("325.00")).put("previous_days", dec("0.0"));
        unavailable.putObject("pledge_unavailable_to_trade").put("equity", dec("0.0")).put("mutual_funds", dec("0.0"));
        return funds;
    }

    private static ArrayNode holdings() {
        ArrayNode rows = NODES.arrayNode();
        for (DemoHolding holding : HOLDINGS) {
            BigDecimal quantity = BigDecimal.valueOf(holding.quantity());
            BigDecimal last = dec(holding.last());
            BigDecimal close = dec(holding.close());
            BigDecimal average = dec(holding.average());
            BigDecimal dayChange = last.subtract(close);
            rows.addObject()
                    .put("isin", holding.isin())
                    .put("cnc_used_quantity", 0)
                    .put("collateral_type", "WC")
                    .put("company_name", holding.company())
                    .put("haircut", holding.haircut())
                    .put("product", "D")
                    .put("quantity", holding.quantity())
                    .put("trading_symbol", holding.symbol())
                    .put("tradingsymbol", holding.symbol())
                    .put("last_price", last)
                    .put("close_price", close)
                    .put("pnl", last.subtract(average).multiply(quantity))
                    .put("day_change", dayChange)
                    .put("day_change_percentage", dayChange.multiply(BigDecimal.valueOf(100))
                            .divide(close, 2, RoundingMode.HALF_UP))
                    .put("instrument_token", "NSE_EQ|" + holding.isin())
                    .put("average_price", average)
                    .put("collateral_quantity", holding.pledged())
                    .put("collateral_update_quantity", 0)
                    .put("t1_quantity", 0)
                    .put("exchange", "NSE");
        }
        return rows;
    }

    /** A fill of today: quantity and price. */
    record Fill(long quantity, String price) {
        static final Fill NONE = new Fill(0, "0.0");

        BigDecimal value() {
            return dec(price).multiply(BigDecimal.valueOf(quantity));
        }
    }

    /** A position of the demo account; {@code average} is null where Upstox sends null (closed intraday). */
    record DemoPosition(String exchange, String product, String instrumentKey, String symbol, long quantity,
                        long overnightQuantity, String average, String last, String close, String realised,
                        String unrealised, Fill dayBuy, Fill daySell) {}

    static final List<DemoPosition> SHORT_TERM_POSITIONS = List.of(
            // Intraday round trip: bought 50 at 812.40, sold 50 at 818.90.
            new DemoPosition("NSE", "I", "NSE_EQ|INE062A01020", "SBIN", 0, 0, null, "815.30", "809.75", "325.00",
                    "0.0", new Fill(50, "812.40"), new Fill(50, "818.90")),
            // Intraday long still open.
            new DemoPosition("NSE", "I", "NSE_EQ|INE155A01022", "TATAMOTORS", 100, 0, "702.15", "698.60", "705.40",
                    "0.0", "-355.00", new Fill(100, "702.15"), Fill.NONE),
            // One lot of the NIFTY November 26000 call, carried overnight.
            new DemoPosition("NFO", "D", "NSE_FO|61245", "NIFTY26NOV26000CE", 75, 75, "142.30", "168.45", "151.20",
                    "0.0", "1961.25", Fill.NONE, Fill.NONE));

    static final List<DemoPosition> MTF_POSITIONS = List.of(
            new DemoPosition("NSE", "MTF", "NSE_EQ|INE081A01020", "TATASTEEL", 200, 200, "152.40", "157.85", "155.10",
                    "0.0", "1090.00", Fill.NONE, Fill.NONE),
            new DemoPosition("NSE", "MTF", "NSE_EQ|INE742F01042", "ADANIPORTS", 20, 20, "1410.00", "1396.20",
                    "1402.80", "0.0", "-276.00", Fill.NONE, Fill.NONE));

    private static ArrayNode positions(List<DemoPosition> positions) {
        ArrayNode rows = NODES.arrayNode();
        positions.forEach(position -> position(rows.addObject(), position));
        return rows;
    }

    /** Field order and spellings as in Upstox's documented sample; MTF rows lack the legacy {@code tradingsymbol}. */
    private static void position(ObjectNode row, DemoPosition position) {
        BigDecimal overnightAmount = position.overnightQuantity() == 0 ? dec("0.0")
                : dec(position.average()).multiply(BigDecimal.valueOf(position.overnightQuantity()));
        BigDecimal value = position.quantity() == 0 ? dec("0.0")
                : dec(position.average()).multiply(BigDecimal.valueOf(position.quantity()));
        BigDecimal buyQuantity = BigDecimal.valueOf(position.dayBuy().quantity() + position.overnightQuantity());
        BigDecimal buyValue = position.dayBuy().value().add(overnightAmount);
        row.put("exchange", position.exchange()).put("multiplier", dec("1.0")).put("value", value)
                .put("pnl", dec(position.realised()).add(dec(position.unrealised()))).put("product", position.product())
                .put("instrument_token", position.instrumentKey());
        if (position.average() == null) row.putNull("average_price");
        else row.put("average_price", dec(position.average()));
        row.put("buy_value", buyValue).put("overnight_quantity", position.overnightQuantity())
                .put("day_buy_value", position.dayBuy().value()).put("day_buy_price", dec(position.dayBuy().price()))
                .put("overnight_buy_amount", overnightAmount)
                .put("overnight_buy_quantity", position.overnightQuantity())
                .put("day_buy_quantity", position.dayBuy().quantity())
                .put("day_sell_value", position.daySell().value())
                .put("day_sell_price", dec(position.daySell().price()))
                .put("overnight_sell_amount", dec("0.0")).put("overnight_sell_quantity", 0)
                .put("day_sell_quantity", position.daySell().quantity()).put("quantity", position.quantity())
                .put("last_price", dec(position.last())).put("unrealised", dec(position.unrealised()))
                .put("realised", dec(position.realised())).put("sell_value", position.daySell().value())
                .put("trading_symbol", position.symbol());
        if (!"MTF".equals(position.product())) row.put("tradingsymbol", position.symbol());
        row.put("close_price", dec(position.close()))
                .put("buy_price", buyQuantity.signum() == 0 ? dec("0.0")
                        : buyValue.divide(buyQuantity, 2, RoundingMode.HALF_UP))
                .put("sell_price", dec(position.daySell().price()));
    }

    private static void strings(ArrayNode array, String... values) {
        for (String value : values) array.add(value);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
