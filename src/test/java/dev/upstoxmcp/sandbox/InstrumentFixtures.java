package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.NODES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import dev.upstoxmcp.sandbox.world.NiftyOptions;
import dev.upstoxmcp.sandbox.world.Securities;
import dev.upstoxmcp.sandbox.world.Security;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small instrument master in the shape of Upstox's BOD file: every modelled security (NSE and, for equities, BSE
 * listings), more large NSE companies to search among, the main indices, and NIFTY and BANKNIFTY futures and NIFTY
 * options of the November and December 2026 expiries. Served, like the CDN file, without authentication.
 */
final class InstrumentFixtures {

    static final String PATH = "/market-quote/instruments/exchange/complete.json.gz";
    static final LocalDate DECEMBER_EXPIRY = LocalDate.of(2026, 12, 29);

    /** Symbol, name, ISIN of more NSE companies (not traded by the demo account). */
    static final List<String[]> MORE_EQUITIES = List.of(
            new String[] {"KOTAKBANK", "KOTAK MAHINDRA BANK LTD", "INE237A01028"},
            new String[] {"HCLTECH", "HCL TECHNOLOGIES LTD", "INE860A01027"},
            new String[] {"TECHM", "TECH MAHINDRA LIMITED", "INE669C01036"},
            new String[] {"ULTRACEMCO", "ULTRATECH CEMENT LIMITED", "INE481G01011"},
            new String[] {"POWERGRID", "POWER GRID CORP. LTD.", "INE752E01010"},
            new String[] {"NTPC", "NTPC LTD", "INE733E01010"},
            new String[] {"ONGC", "OIL AND NATURAL GAS CORP.", "INE213A01029"},
            new String[] {"COALINDIA", "COAL INDIA LTD", "INE522F01014"},
            new String[] {"JSWSTEEL", "JSW STEEL LIMITED", "INE019A01038"},
            new String[] {"HDFCLIFE", "HDFC LIFE INS CO LTD", "INE795G01014"},
            new String[] {"SBILIFE", "SBI LIFE INSURANCE CO LTD", "INE123W01016"},
            new String[] {"HDFCAMC", "HDFC AMC LIMITED", "INE127D01025"},
            new String[] {"CIPLA", "CIPLA LTD", "INE059A01026"},
            new String[] {"EICHERMOT", "EICHER MOTORS LTD", "INE066A01021"},
            new String[] {"HEROMOTOCO", "HERO MOTOCORP LIMITED", "INE158A01026"},
            new String[] {"BRITANNIA", "BRITANNIA INDUSTRIES LTD", "INE216A01030"},
            new String[] {"GRASIM", "GRASIM INDUSTRIES LTD", "INE047A01021"},
            new String[] {"INDUSINDBK", "INDUSIND BANK LIMITED", "INE095A01012"},
            new String[] {"M&M", "MAHINDRA & MAHINDRA LTD", "INE101A01026"},
            new String[] {"TATACONSUM", "TATA CONSUMER PRODUCT LTD", "INE192A01025"},
            new String[] {"APOLLOHOSP", "APOLLO HOSPITALS ENTER. L", "INE437A01024"},
            new String[] {"DIVISLAB", "DIVI S LABORATORIES LTD", "INE361B01024"},
            new String[] {"ADANIENT", "ADANI ENTERPRISES LIMITED", "INE423A01024"},
            new String[] {"BPCL", "BHARAT PETROLEUM CORP LT", "INE029A01011"},
            new String[] {"HINDALCO", "HINDALCO INDUSTRIES LTD", "INE038A01020"},
            new String[] {"YESBANK", "YES BANK LIMITED", "INE528G01035"},
            new String[] {"IDEA", "VODAFONE IDEA LIMITED", "INE669E01016"},
            new String[] {"NHPC", "NHPC LTD", "INE848E01016"},
            new String[] {"IRFC", "INDIAN RAILWAY FIN CORP L", "INE053F01010"},
            new String[] {"IRCTC", "INDIAN RAIL TOUR CORP LTD", "INE335Y01020"},
            new String[] {"PIDILITIND", "PIDILITE INDUSTRIES LTD", "INE318A01026"},
            new String[] {"DABUR", "DABUR INDIA LTD", "INE016A01026"},
            new String[] {"HAVELLS", "HAVELLS INDIA LIMITED", "INE176B01034"},
            new String[] {"BEL", "BHARAT ELECTRONICS LTD", "INE263A01024"},
            new String[] {"HAL", "HINDUSTAN AERONAUTICS LTD", "INE066F01020"},
            new String[] {"GAIL", "GAIL (INDIA) LTD", "INE129A01019"},
            new String[] {"IOC", "INDIAN OIL CORP LTD", "INE242A01010"},
            new String[] {"VEDL", "VEDANTA LIMITED", "INE205A01025"},
            new String[] {"PNB", "PUNJAB NATIONAL BANK", "INE160A01022"},
            new String[] {"BANKBARODA", "BANK OF BARODA", "INE028A01039"});

    private final ArrayNode records = NODES.arrayNode();
    private int token = 1000;

    void addTo(Fixtures fixtures) {
        for (Security security : Securities.ALL) {
            if (security.isIndex()) {
                index(security.key(), security.symbol(), security.name(), security.exchange());
            } else {
                equity("NSE", security.symbol(), security.name(), security.isin(), security.kind() == Security.Kind.EQUITY
                        ? "EQ" : security.kind() == Security.Kind.ETF ? "EQ" : "GB");
                if (security.kind() == Security.Kind.EQUITY) equity("BSE", security.symbol(), security.name() + ".",
                        security.isin(), "A");
            }
        }
        for (String[] company : MORE_EQUITIES) {
            equity("NSE", company[0], company[1], company[2], "EQ");
            equity("BSE", company[0], company[1] + ".", company[2], "A");
        }
        index("NSE_INDEX|India VIX", "INDIA VIX", "India VIX", "NSE");
        index("BSE_INDEX|BANKEX", "BANKEX", "BANKEX", "BSE");
        future("NIFTY", Securities.NIFTY_50, 52001, NiftyOptions.NOVEMBER_EXPIRY, 75);
        future("NIFTY", Securities.NIFTY_50, 52002, DECEMBER_EXPIRY, 75);
        future("BANKNIFTY", Securities.NIFTY_BANK, 52011, NiftyOptions.NOVEMBER_EXPIRY, 35);
        future("BANKNIFTY", Securities.NIFTY_BANK, 52012, DECEMBER_EXPIRY, 35);
        for (LocalDate expiry : List.of(NiftyOptions.NOVEMBER_EXPIRY, DECEMBER_EXPIRY)) {
            for (int strike : strikes(expiry)) {
                option(optionKey(expiry, strike, true), strike, "CE", expiry);
                option(optionKey(expiry, strike, false), strike, "PE", expiry);
            }
        }
        fixtures.file("__files/instruments/complete.json", Fixtures.JSON_COMPACT.writeValueAsString(records) + "\n");
        ObjectNode mapping = NODES.objectNode().put("name", "Upstox's instrument master (the CDN file, no login)");
        mapping.putObject("request").put("method", "GET").put("urlPath", PATH);
        ObjectNode response = mapping.putObject("response").put("status", 200);
        response.putObject("headers").put("Content-Type", "application/json");
        response.put("bodyFileName", "instruments/complete.json");
        fixtures.file("mappings/market/instruments.json", Fixtures.write(mapping));
        searchApi(fixtures);
    }

    /**
     * Upstox's instrument search. It knows one company the morning's master does not: SWIFTCART, listed today after
     * its IPO (as a new listing would be), and the 29 Dec NIFTY 26000 call, in the master's own shape; any other
     * query finds nothing here, since the master answers those.
     */
    private void searchApi(Fixtures fixtures) {
        ArrayNode listing = NODES.arrayNode();
        listing.addObject().put("name", "SWIFTCART INDIA LIMITED").put("segment", "NSE_EQ").put("exchange", "NSE")
                .put("isin", "INE0SWC01018").put("instrument_key", "NSE_EQ|INE0SWC01018")
                .put("exchange_token", "25871").put("trading_symbol", "SWIFTCART").put("short_name", "Swiftcart")
                .put("tick_size", 5.0).put("lot_size", 1).put("instrument_type", "EQ")
                .put("freeze_quantity", 100000.0).put("qty_multiplier", 1).put("security_type", "NORMAL");
        listing.addObject().put("name", "SWIFTCART INDIA LIMITED").put("segment", "BSE_EQ").put("exchange", "BSE")
                .put("isin", "INE0SWC01018").put("instrument_key", "BSE_EQ|INE0SWC01018")
                .put("exchange_token", "544612").put("trading_symbol", "SWIFTCART").put("short_name", "SWIFTCART")
                .put("tick_size", 1.0).put("lot_size", 1).put("instrument_type", "B")
                .put("freeze_quantity", 100000.0).put("qty_multiplier", 1);
        searchMapping(fixtures, "found", "Instrument search: a listing newer than the master", "(?i)swift.*",
                5, listing);
        ArrayNode option = NODES.arrayNode();
        records.forEach(record -> {
            if (record.path("instrument_key").asString().equals(optionKey(DECEMBER_EXPIRY, 26000, true))) {
                option.add(record.deepCopy());
            }
        });
        searchMapping(fixtures, "option", "Instrument search: an option contract", "(?i)nifty 26000 ce.*", 5,
                option);
        searchMapping(fixtures, "none", "Instrument search: nothing else", ".+", 8, NODES.arrayNode());
    }

    private static void searchMapping(Fixtures fixtures, String name, String description, String query,
                                      int priority, ArrayNode found) {
        ObjectNode mapping = NODES.objectNode().put("name", description).put("priority", priority);
        ObjectNode request = mapping.putObject("request").put("method", "GET").put("urlPath",
                "/v2/instruments/search");
        request.putObject("queryParameters").putObject("query").put("matches", query);
        request.putObject("headers").putObject("Authorization").put("matches", "Bearer .+");
        ObjectNode response = mapping.putObject("response").put("status", 200);
        response.putObject("headers").put("Content-Type", "application/json");
        ObjectNode body = Fixtures.success(found);
        body.putObject("meta_data").putObject("page").put("page_number", 1).put("total_pages", found.isEmpty() ? 0 : 1)
                .put("records", 30).put("total_records", found.size());
        response.set("jsonBody", body);
        fixtures.file("mappings/market/instrument-search-" + name + ".json", Fixtures.write(mapping));
    }

    /** Listed NIFTY strikes: every 50 points for the near expiry, every 100 for the next. */
    static List<Integer> strikes(LocalDate expiry) {
        int step = expiry.equals(NiftyOptions.NOVEMBER_EXPIRY) ? 50 : 100;
        return IntStream.iterate(24000, strike -> strike <= 28000, strike -> strike + step).boxed().toList();
    }

    static String optionKey(LocalDate expiry, int strike, boolean call) {
        if (expiry.equals(NiftyOptions.NOVEMBER_EXPIRY)) return NiftyOptions.contract(strike, call).key();
        return "NSE_FO|" + (70000 + strike / 25 + (call ? 0 : 1));
    }

    /** The exchange's compact symbol quotes and positions use, e.g. {@code NIFTY26DEC26000CE}. */
    static String compactOptionSymbol(LocalDate expiry, int strike, boolean call) {
        return "NIFTY" + expiry.getYear() % 100 + expiry.getMonth().name().substring(0, 3) + strike
                + (call ? "CE" : "PE");
    }

    /** A NIFTY option as Upstox's option-contract API lists it (expiry as a date, tick size in paise). */
    static ObjectNode optionContract(LocalDate expiry, int strike, boolean call) {
        String key = optionKey(expiry, strike, call);
        String type = call ? "CE" : "PE";
        return NODES.objectNode().put("name", "NIFTY").put("segment", "NSE_FO").put("exchange", "NSE")
                .put("expiry", expiry.toString()).put("instrument_key", key).put("exchange_token", key.substring(7))
                .put("trading_symbol", "NIFTY " + strike + " " + type + " " + display(expiry)).put("tick_size", 5)
                .put("lot_size", NiftyOptions.LOT_SIZE).put("instrument_type", type).put("freeze_quantity", 1800)
                .put("underlying_key", Securities.NIFTY_50).put("underlying_type", "INDEX")
                .put("underlying_symbol", "NIFTY").put("strike_price", strike).put("minimum_lot", NiftyOptions.LOT_SIZE)
                .put("weekly", false);
    }

    private void equity(String exchange, String symbol, String name, String isin, String type) {
        records.addObject().put("segment", exchange + "_EQ").put("name", name).put("exchange", exchange)
                .put("isin", isin).put("instrument_type", type).put("instrument_key", exchange + "_EQ|" + isin)
                .put("lot_size", 1).put("freeze_quantity", 100000.0)
                .put("exchange_token", String.valueOf("NSE".equals(exchange) ? token++ : 500000 + token++))
                .put("tick_size", 5.0).put("trading_symbol", symbol).put("short_name", shortName(name))
                .put("security_type", "NORMAL");
    }

    private void index(String key, String symbol, String name, String exchange) {
        records.addObject().put("segment", key.substring(0, key.indexOf('|'))).put("name", name)
                .put("exchange", exchange).put("instrument_type", "INDEX").put("instrument_key", key)
                .put("exchange_token", String.valueOf(26000 + token++)).put("trading_symbol", symbol);
    }

    private void future(String underlying, String underlyingKey, int exchangeToken, LocalDate expiry, int lot) {
        derivative("NSE_FO|" + exchangeToken, underlying, underlyingKey, expiry, lot, "FUT", BigDecimal.ZERO,
                underlying + " FUT " + display(expiry), 10.0);
    }

    private void option(String key, int strike, String type, LocalDate expiry) {
        derivative(key, "NIFTY", Securities.NIFTY_50, expiry, NiftyOptions.LOT_SIZE, type, BigDecimal.valueOf(strike),
                "NIFTY " + strike + " " + type + " " + display(expiry), 5.0);
    }

    private void derivative(String key, String underlying, String underlyingKey, LocalDate expiry, int lot,
                            String type, BigDecimal strike, String symbol, double tick) {
        records.addObject().put("weekly", false).put("segment", "NSE_FO").put("name", underlying)
                .put("exchange", "NSE").put("expiry", expiry.atTime(LocalTime.of(23, 59, 59))
                        .toInstant(ZoneOffset.ofHoursMinutes(5, 30)).toEpochMilli())
                .put("instrument_type", type).put("underlying_symbol", underlying).put("instrument_key", key)
                .put("lot_size", lot).put("freeze_quantity", 1800.0).put("exchange_token", key.substring(7))
                .put("minimum_lot", lot).put("underlying_key", underlyingKey).put("tick_size", tick)
                .put("underlying_type", "INDEX").put("trading_symbol", symbol)
                .put("strike_price", strike.setScale(1));
    }

    private static String display(LocalDate expiry) {
        return String.format("%02d %s %02d", expiry.getDayOfMonth(),
                expiry.getMonth().name().substring(0, 3), expiry.getYear() % 100);
    }

    private static String shortName(String name) {
        String[] words = name.replace(".", "").split(" ");
        return words.length > 1 ? words[0] + " " + words[1] : words[0];
    }
}
