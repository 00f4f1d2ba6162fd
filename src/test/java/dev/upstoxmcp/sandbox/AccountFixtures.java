package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.NODES;
import static dev.upstoxmcp.sandbox.Fixtures.dec;
import static dev.upstoxmcp.sandbox.Fixtures.money;
import static dev.upstoxmcp.sandbox.Fixtures.success;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import dev.upstoxmcp.sandbox.world.Account;
import dev.upstoxmcp.sandbox.world.DailyBar;
import dev.upstoxmcp.sandbox.world.DemoWorld;
import dev.upstoxmcp.sandbox.world.Security;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Profile, funds and holdings of the demo user on the world's last day. Holdings come from the ledger; last and
 * previous close from the modelled prices; funds from the positions' margins.
 */
final class AccountFixtures {

    /** Shares pledged as collateral, and the haircuts Upstox applies to equity and to ETFs/bonds. */
    static final Map<String, Long> PLEDGED = Map.of("HDFCBANK", 30L);
    private static final BigDecimal EQUITY_HAIRCUT = dec("0.2");
    private static final BigDecimal OTHER_HAIRCUT = dec("0.1");

    // Cash of the day; margin in use comes from the positions (see PositionFixtures.margins()).
    private static final BigDecimal OPENING_BALANCE = dec("185000.00");
    private static final BigDecimal ADDED_TODAY = dec("25000.00");
    private static final BigDecimal WITHDRAWN_TODAY = dec("-10000.00");
    private static final BigDecimal UNPAID_CHARGES = dec("-48.60");

    private final DemoWorld world = DemoWorld.get();
    private final PositionFixtures positions;

    AccountFixtures(PositionFixtures positions) {
        this.positions = positions;
    }

    void addTo(Fixtures fixtures) {
        fixtures.endpoint("user/profile", "Profile of the demo user", "/v2/user/profile", success(profile()));
        fixtures.endpoint("user/funds-and-margin-v2", "Funds and margin (v2) of the demo user",
                "/v2/user/get-funds-and-margin", success(fundsV2()));
        fixtures.endpoint("user/funds-and-margin-v3", "Funds and margin (v3) of the demo user",
                "/v3/user/get-funds-and-margin", success(fundsV3()));
        fixtures.endpoint("portfolio/long-term-holdings", "Holdings of the demo user",
                "/v2/portfolio/long-term-holdings", success(holdings()));
    }

    private static ObjectNode profile() {
        ObjectNode profile = NODES.objectNode().put("email", "asha.demo@example.com");
        strings(profile.putArray("exchanges"), "NSE", "NFO", "BSE", "CDS", "BFO", "BCD", "MCX");
        strings(profile.putArray("products"), "D", "CO", "I", "MTF");
        profile.put("broker", "UPSTOX").put("user_id", "SBX042").put("user_name", "Asha Demo");
        strings(profile.putArray("order_types"), "MARKET", "LIMIT", "SL", "SL-M");
        return profile.put("user_type", "individual").put("poa", false).put("ddpi", true).put("is_active", true);
    }

    private BigDecimal cashAvailable() {
        return OPENING_BALANCE.add(ADDED_TODAY).add(WITHDRAWN_TODAY).add(UNPAID_CHARGES)
                .subtract(positions.margins().total());
    }

    private BigDecimal pledgeMargin() {
        return world.account().holdings().stream()
                .filter(holding -> PLEDGED.containsKey(holding.security().symbol()))
                .map(holding -> money(lastPrice(holding.security())
                        .multiply(BigDecimal.valueOf(PLEDGED.get(holding.security().symbol())))
                        .multiply(BigDecimal.ONE.subtract(haircut(holding.security())))))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal availableToTrade() {
        return cashAvailable().add(pledgeMargin());
    }

    private ObjectNode fundsV2() {
        ObjectNode funds = NODES.objectNode();
        segment(funds.putObject("equity"), positions.margins().total(), ADDED_TODAY, availableToTrade());
        segment(funds.putObject("commodity"), dec("0.0"), dec("0.0"), dec("0.0"));
        return funds;
    }

    private static void segment(ObjectNode segment, BigDecimal used, BigDecimal payin, BigDecimal available) {
        segment.put("used_margin", used).put("payin_amount", payin).put("span_margin", dec("0.0"))
                .put("adhoc_margin", dec("0.0")).put("notional_cash", dec("0.0"))
                .put("available_margin", available).put("exposure_margin", dec("0.0"));
    }

    private ObjectNode fundsV3() {
        PositionFixtures.Margins margins = positions.margins();
        ObjectNode funds = NODES.objectNode();
        ObjectNode available = funds.putObject("available_to_trade").put("total", availableToTrade());
        ObjectNode cashBucket = available.putObject("cash_available_to_trade").put("total", cashAvailable());
        cashBucket.putObject("cash").put("opening_balance", OPENING_BALANCE).put("added_today", ADDED_TODAY)
                .put("withdrawn_today", WITHDRAWN_TODAY).put("amount_from_stock_sale", dec("0.0"))
                .put("unpaid_charges", UNPAID_CHARGES);
        ObjectNode cashMargin = cashBucket.putObject("margin_used").put("total", margins.total())
                .put("mtf", margins.mtf());
        cashMargin.putObject("loss").put("total", margins.unrealisedLoss()).put("realised", dec("0.0"))
                .put("unrealised", margins.unrealisedLoss());
        cashMargin.put("span_exposure", dec("0.0")).put("cash_margin_var_elm", margins.varElm())
                .put("premium_present", margins.premium());
        deliveryMargin(cashMargin);
        BigDecimal pledge = pledgeMargin();
        ObjectNode pledgeBucket = available.putObject("pledge_available_to_trade").put("total", pledge);
        pledgeBucket.putObject("margin_from_pledge").put("total", pledge).put("equity", pledge)
                .put("mutual_funds", dec("0.0"));
        ObjectNode pledgeMargin = pledgeBucket.putObject("margin_used").put("total", dec("0.0"))
                .put("mtf", dec("0.0")).put("span_exposure", dec("0.0")).put("cash_margin_var_elm", dec("0.0"))
                .put("premium_present", dec("0.0"));
        deliveryMargin(pledgeMargin);
        ObjectNode unavailable = funds.putObject("unavailable_to_trade");
        unavailable.putObject("cash_unavailable_to_trade").putObject("unsettled_profit")
                .put("todays_profit", margins.realisedToday()).put("previous_days", dec("0.0"));
        unavailable.putObject("pledge_unavailable_to_trade").put("equity", dec("0.0")).put("mutual_funds", dec("0.0"));
        return funds;
    }

    private static void deliveryMargin(ObjectNode marginUsed) {
        marginUsed.putObject("delivery_margin").put("total", dec("0.0")).put("equity", dec("0.0"))
                .put("fo_settlement", dec("0.0"));
    }

    private ArrayNode holdings() {
        ArrayNode rows = NODES.arrayNode();
        for (Account.Holding holding : world.account().holdings()) {
            Security security = holding.security();
            BigDecimal quantity = BigDecimal.valueOf(holding.quantity());
            BigDecimal last = lastPrice(security);
            BigDecimal close = previousClose(security);
            BigDecimal dayChange = last.subtract(close);
            rows.addObject()
                    .put("isin", security.isin())
                    .put("cnc_used_quantity", 0)
                    .put("collateral_type", "WC")
                    .put("company_name", security.name())
                    .put("haircut", haircut(security))
                    .put("product", "D")
                    .put("quantity", holding.quantity())
                    .put("trading_symbol", security.symbol())
                    .put("tradingsymbol", security.symbol())
                    .put("last_price", last)
                    .put("close_price", close)
                    .put("pnl", money(last.subtract(holding.averagePrice()).multiply(quantity)))
                    .put("day_change", dayChange)
                    .put("day_change_percentage", dayChange.multiply(BigDecimal.valueOf(100))
                            .divide(close, 2, RoundingMode.HALF_UP))
                    .put("instrument_token", security.key())
                    .put("average_price", holding.averagePrice())
                    .put("collateral_quantity", PLEDGED.getOrDefault(security.symbol(), 0L))
                    .put("collateral_update_quantity", 0)
                    .put("t1_quantity", 0)
                    .put("exchange", security.exchange());
        }
        return rows;
    }

    private BigDecimal lastPrice(Security security) {
        List<DailyBar> bars = world.market().bars(security.key());
        return bars.get(bars.size() - 1).close();
    }

    private BigDecimal previousClose(Security security) {
        List<DailyBar> bars = world.market().bars(security.key());
        return bars.get(bars.size() - 2).close();
    }

    private static BigDecimal haircut(Security security) {
        return security.kind() == Security.Kind.EQUITY ? EQUITY_HAIRCUT : OTHER_HAIRCUT;
    }

    private static void strings(ArrayNode array, String... values) {
        for (String value : values) array.add(value);
    }
}
