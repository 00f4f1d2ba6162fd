package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.NODES;
import static dev.upstoxmcp.sandbox.Fixtures.success;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.upstoxmcp.sandbox.world.DailyBar;
import dev.upstoxmcp.sandbox.world.DemoWorld;
import dev.upstoxmcp.sandbox.world.MarketModel;
import dev.upstoxmcp.sandbox.world.NiftyOptions;
import dev.upstoxmcp.sandbox.world.Securities;
import dev.upstoxmcp.sandbox.world.Security;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Market quotes at the close of the world's last day, in the shape of Upstox's v3 full quote: every modelled
 * security and index, NIFTY and BANKNIFTY futures, and NIFTY options of both expiries with Black-Scholes greeks.
 * {@link QuoteEndpoint} serves them (full, LTP, OHLC, greeks) for any set of requested keys. Also the NIFTY option
 * chain and option contracts per expiry.
 */
final class QuoteFixtures {

    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    private static final LocalDate DAY = MarketModel.LAST_DAY;
    private static final long LAST_TRADE = DAY.atTime(15, 29, 59).toInstant(IST).toEpochMilli();

    private final DemoWorld world = DemoWorld.get();
    private final ObjectNode book = NODES.objectNode();

    void addTo(Fixtures fixtures) {
        for (Security security : Securities.ALL) cash(security);
        BigDecimal spot = world.market().close(Securities.NIFTY_50, DAY);
        BigDecimal previousSpot = world.market().close(Securities.NIFTY_50, previousDay());
        ArrayNode allContracts = NODES.arrayNode();
        for (LocalDate expiry : List.of(NiftyOptions.NOVEMBER_EXPIRY, InstrumentFixtures.DECEMBER_EXPIRY)) {
            ArrayNode chain = NODES.arrayNode();
            ArrayNode contracts = NODES.arrayNode();
            for (int strike : InstrumentFixtures.strikes(expiry)) {
                ObjectNode row = chain.addObject().put("expiry", expiry.toString());
                ObjectNode call = option(expiry, strike, true, spot, previousSpot);
                ObjectNode put = option(expiry, strike, false, spot, previousSpot);
                long callOi = call.path("quote").path("oi").asLong();
                long putOi = put.path("quote").path("oi").asLong();
                row.put("pcr", callOi == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(putOi)
                                .divide(BigDecimal.valueOf(callOi), 4, RoundingMode.HALF_UP))
                        .put("strike_price", strike).put("underlying_key", Securities.NIFTY_50)
                        .put("underlying_spot_price", spot);
                row.set("call_options", chainSide(call));
                row.set("put_options", chainSide(put));
                contracts.add(InstrumentFixtures.optionContract(expiry, strike, true));
                contracts.add(InstrumentFixtures.optionContract(expiry, strike, false));
            }
            String name = "options/nifty-" + expiry;
            chainEndpoint(fixtures, name + "-chain", expiry, success(chain));
            contractEndpoint(fixtures, name + "-contracts", expiry, success(contracts));
            allContracts.addAll(contracts);
        }
        fixtures.endpoint("options/nifty-contracts", "NIFTY option contracts of every expiry",
                Fixtures.Request.path("/v2/option/contract").query("instrument_key", Securities.NIFTY_50),
                success(allContracts));
        noContracts(fixtures);
        future("NSE_FO|52001", "NIFTY26NOVFUT", NiftyOptions.NOVEMBER_EXPIRY, spot, previousSpot);
        future("NSE_FO|52002", "NIFTY26DECFUT", InstrumentFixtures.DECEMBER_EXPIRY, spot, previousSpot);
        BigDecimal bank = world.market().close(Securities.NIFTY_BANK, DAY);
        BigDecimal previousBank = world.market().close(Securities.NIFTY_BANK, previousDay());
        future("NSE_FO|52011", "BANKNIFTY26NOVFUT", NiftyOptions.NOVEMBER_EXPIRY, bank, previousBank);
        future("NSE_FO|52012", "BANKNIFTY26DECFUT", InstrumentFixtures.DECEMBER_EXPIRY, bank, previousBank);
        fixtures.file("__files/" + QuoteEndpoint.BOOK, Fixtures.JSON_COMPACT.writeValueAsString(book) + "\n");
        quoteMapping(fixtures);
    }

    private LocalDate previousDay() {
        List<DailyBar> bars = world.market().bars(Securities.NIFTY_50);
        return bars.get(bars.size() - 2).date();
    }

    private void cash(Security security) {
        List<DailyBar> bars = world.market().bars(security.key());
        DailyBar today = bars.get(bars.size() - 1);
        BigDecimal previous = bars.get(bars.size() - 2).close();
        List<DailyBar> year = bars.subList(Math.max(0, bars.size() - 250), bars.size());
        BigDecimal yearHigh = year.stream().map(DailyBar::high).reduce(BigDecimal::max).orElseThrow();
        BigDecimal yearLow = year.stream().map(DailyBar::low).reduce(BigDecimal::min).orElseThrow();
        DailyBar before = bars.get(bars.size() - 2);
        ObjectNode quote = quote(security.key(), security.isIndex() ? security.name() : security.symbol(), today.open(),
                today.high(), today.low(), today.close(), previous, today.volume(), 0, security.isIndex());
        quote.put("year_high", yearHigh).put("year_low", yearLow);
        ObjectNode entry = entry(security.key(), security.quoteKey(), security.isIndex() ? 0 : 10, quote);
        entry.putObject("previous").put("open", before.open()).put("high", before.high()).put("low", before.low())
                .put("close", before.close()).put("volume", before.volume()).put("ts", sessionStart(before.date()));
    }

    private ObjectNode option(LocalDate expiry, int strike, boolean call, BigDecimal spot, BigDecimal previousSpot) {
        NiftyOptions.Greeks now = NiftyOptions.greeks(strike, call, spot, DAY, expiry);
        NiftyOptions.Greeks before = NiftyOptions.greeks(strike, call, previousSpot, previousDay(), expiry);
        BigDecimal close = NiftyOptions.onTick(now.price());
        BigDecimal previous = NiftyOptions.onTick(before.price());
        BigDecimal high = NiftyOptions.onTick(Math.max(now.price(), before.price()) * 1.06);
        BigDecimal low = NiftyOptions.onTick(Math.min(now.price(), before.price()) * 0.94);
        // Writers crowd out-of-the-money strikes: call interest peaks 200 points above the spot, put interest 300
        // below and lower; calls built up today and puts unwound a little.
        double peak = call ? spot.doubleValue() + 200 : spot.doubleValue() - 300;
        double distance = (strike - peak) / 100;
        long oi = lots((call ? 4_500_000 : 3_900_000) / (1 + distance * distance / 4));
        long previousOi = lots(oi * (call ? 0.92 : 1.03));
        long volume = lots(oi * 2.5);
        String key = InstrumentFixtures.optionKey(expiry, strike, call);
        String symbol = InstrumentFixtures.compactOptionSymbol(expiry, strike, call);
        ObjectNode quote = quote(key, symbol, previous, high, low, close, previous, volume, oi, false);
        quote.put("previous_oi", previousOi).put("oi_day_low", Math.min(oi, previousOi))
                .put("oi_day_high", Math.max(oi, previousOi));
        ObjectNode entry = entry(key, "NSE_FO:" + symbol, NiftyOptions.LOT_SIZE, quote);
        entry.putObject("previous").put("open", previous).put("high", previous).put("low", previous)
                .put("close", previous).put("volume", volume).put("ts", sessionStart(previousDay()));
        entry.putObject("greeks").put("iv", NiftyOptionsVolatility.PERCENT / 100.0).put("vega", round(now.vega(), 4))
                .put("gamma", round(now.gamma(), 6)).put("theta", round(now.theta(), 4))
                .put("delta", round(now.delta(), 4)).put("pop", round(now.probabilityInTheMoney() * 100, 2));
        return entry;
    }

    private void future(String key, String symbol, LocalDate expiry, BigDecimal spot, BigDecimal previousSpot) {
        double carry = Math.exp(NiftyOptionsVolatility.RATE * (expiry.toEpochDay() - DAY.toEpochDay()) / 365.0);
        BigDecimal close = tick10(spot.doubleValue() * carry);
        BigDecimal previous = tick10(previousSpot.doubleValue() * carry);
        ObjectNode quote = quote(key, symbol, previous, tick10(Math.max(close.doubleValue(), previous.doubleValue())
                * 1.004), tick10(Math.min(close.doubleValue(), previous.doubleValue()) * 0.996), close, previous,
                9_000_000, 16_500_000, false);
        entry(key, "NSE_FO:" + symbol, 75, quote).putObject("previous").put("open", previous).put("high", previous)
                .put("low", previous).put("close", previous).put("volume", 8_000_000)
                .put("ts", sessionStart(previousDay()));
    }

    /**
     * A book entry: the response key, the last traded quantity and the v3 full quote; LTP, OHLC and greek answers
     * are cut from it, with the previous session's bar and, for options, the greeks.
     */
    private ObjectNode entry(String requestKey, String responseKey, int lastQuantity, ObjectNode quote) {
        ObjectNode entry = book.putObject(requestKey).put("key", responseKey).put("ltq", lastQuantity);
        entry.set("quote", quote);
        return entry;
    }

    private static long sessionStart(LocalDate day) {
        return day.atTime(LocalTime.of(9, 15)).toInstant(IST).toEpochMilli();
    }

    /** A v3 full quote. Depth is five levels a side around the close, zero for indices. */
    private static ObjectNode quote(String key, String symbol, BigDecimal open, BigDecimal high, BigDecimal low,
                                    BigDecimal close, BigDecimal previousClose, long volume, long oi, boolean index) {
        ObjectNode quote = NODES.objectNode();
        quote.putObject("ohlc").put("open", open).put("high", high).put("low", low).put("close", close)
                .put("volume", volume).put("ts", sessionStart(DAY));
        ObjectNode depth = quote.putObject("depth");
        ArrayNode buy = depth.putArray("buy");
        ArrayNode sell = depth.putArray("sell");
        for (int level = 1; level <= 5; level++) {
            BigDecimal step = new BigDecimal("0.05").multiply(BigDecimal.valueOf(level));
            buy.addObject().put("quantity", index ? 0 : 100L * (6 - level)).put("price", index ? BigDecimal.ZERO
                    : close.subtract(step)).put("orders", index ? 0 : 6 - level);
            sell.addObject().put("quantity", index ? 0 : 90L * (6 - level)).put("price", index ? BigDecimal.ZERO
                    : close.add(step)).put("orders", index ? 0 : 5 - level / 2);
        }
        BigDecimal average = open.add(high).add(low).add(close).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
        quote.put("timestamp", DAY.atTime(15, 29, 59).atOffset(IST).toString().replace("T15:29:59",
                        "T15:29:59.000"))
                .put("instrument_token", key).put("symbol", symbol).put("last_price", close)
                .put("volume", volume).put("average_price", average).put("oi", oi)
                .put("net_change", close.subtract(previousClose))
                .put("total_buy_quantity", index ? 0 : 1500).put("total_sell_quantity", index ? 0 : 1350)
                .put("lower_circuit_limit", index ? BigDecimal.ZERO : circuit(previousClose, "0.8"))
                .put("upper_circuit_limit", index ? BigDecimal.ZERO : circuit(previousClose, "1.2"))
                .put("last_trade_time", String.valueOf(LAST_TRADE)).put("oi_day_high", oi).put("oi_day_low", oi)
                .put("prev_close_price", previousClose).put("previous_oi", oi);
        return quote;
    }

    private static ObjectNode chainSide(ObjectNode entry) {
        ObjectNode quote = (ObjectNode) entry.get("quote");
        ObjectNode greeks = (ObjectNode) entry.get("greeks");
        ObjectNode side = NODES.objectNode().put("instrument_key", quote.get("instrument_token").asString());
        BigDecimal ltp = quote.get("last_price").decimalValue();
        side.putObject("market_data").put("ltp", ltp).put("volume", quote.get("volume").asLong())
                .put("oi", quote.get("oi").asLong()).put("close_price", quote.get("prev_close_price").decimalValue())
                .put("bid_price", ltp.subtract(new BigDecimal("0.05")).max(new BigDecimal("0.05")))
                .put("bid_qty", 1125).put("ask_price", ltp.add(new BigDecimal("0.05"))).put("ask_qty", 1050)
                .put("prev_oi", quote.get("previous_oi").asLong());
        side.putObject("option_greeks").put("vega", greeks.get("vega").decimalValue())
                .put("theta", greeks.get("theta").decimalValue()).put("gamma", greeks.get("gamma").decimalValue())
                .put("delta", greeks.get("delta").decimalValue()).put("iv", NiftyOptionsVolatility.PERCENT)
                .put("pop", greeks.get("pop").decimalValue());
        return side;
    }

    private static void chainEndpoint(Fixtures fixtures, String name, LocalDate expiry, ObjectNode body) {
        fixtures.endpoint(name, "NIFTY option chain for " + expiry, Fixtures.Request.path("/v2/option/chain")
                .query("instrument_key", Securities.NIFTY_50).query("expiry_date", expiry.toString()), body);
    }

    private static void contractEndpoint(Fixtures fixtures, String name, LocalDate expiry, ObjectNode body) {
        fixtures.endpoint(name, "NIFTY option contracts expiring " + expiry, Fixtures.Request.path(
                "/v2/option/contract").query("instrument_key", Securities.NIFTY_50).query("expiry_date",
                expiry.toString()), body);
    }

    /**
     * Any other underlying or expiry: Upstox answers success with no contracts. Lower priority than the NIFTY stubs.
     */
    private static void noContracts(Fixtures fixtures) {
        ObjectNode mapping = NODES.objectNode().put("name", "Option chain or contracts of anything else: none")
                .put("priority", 8);
        ObjectNode request = mapping.putObject("request").put("method", "GET")
                .put("urlPathPattern", "/v2/option/(chain|contract)");
        request.putObject("queryParameters").putObject("instrument_key").put("matches", ".+");
        request.putObject("headers").putObject("Authorization").put("matches", "Bearer .+");
        ObjectNode response = mapping.putObject("response").put("status", 200);
        response.putObject("headers").put("Content-Type", "application/json");
        response.set("jsonBody", success(NODES.arrayNode()));
        fixtures.file("mappings/options/none.json", Fixtures.write(mapping));
    }

    private static void quoteMapping(Fixtures fixtures) {
        fixtures.computed("market/quotes", "Quotes (full, LTP, OHLC, option greeks) of any keys",
                "/v3/market-quote/(quotes|ltp|ohlc|option-greek)", QuoteEndpoint.TRANSFORMER);
    }

    /** Open interest and volume of NIFTY options come in whole lots. */
    private static long lots(double contracts) {
        return Math.round(contracts / NiftyOptions.LOT_SIZE) * NiftyOptions.LOT_SIZE;
    }

    private static BigDecimal circuit(BigDecimal previousClose, String factor) {
        return NiftyOptions.onTick(previousClose.multiply(new BigDecimal(factor)).doubleValue());
    }

    private static BigDecimal tick10(double value) {
        return BigDecimal.valueOf(value).multiply(BigDecimal.TEN).setScale(0, RoundingMode.HALF_UP)
                .divide(BigDecimal.TEN, 2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    /** The world's option volatility and rate, in the units Upstox reports. */
    private static final class NiftyOptionsVolatility {
        static final double PERCENT = 12.0;
        static final double RATE = 0.065;
    }
}
