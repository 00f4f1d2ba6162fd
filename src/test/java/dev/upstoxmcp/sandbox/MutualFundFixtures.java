package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.NODES;
import static dev.upstoxmcp.sandbox.Fixtures.success;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.upstoxmcp.sandbox.world.DemoWorld;
import dev.upstoxmcp.sandbox.world.MarketModel;
import dev.upstoxmcp.sandbox.world.Securities;
import dev.upstoxmcp.sandbox.world.TradingCalendar;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo user's mutual funds ({@code GET /v2/mf/holdings}, {@code GET /v2/mf/sips}): six direct-growth schemes of
 * real AMCs, bought by monthly SIPs and lump sums since 2023. Scheme names are real; ISINs are the real ones where
 * known and otherwise plausible; folios, SIP ids, amounts, units and NAVs are invented.
 *
 * <p>NAVs follow the world's market: an equity scheme's NAV on a trading day is {@code lastNav × (NIFTY that day /
 * NIFTY on the last day)^beta × e^(−alpha × years before the last day)}; the liquid fund compounds 6.6% a year. A
 * purchase (an SIP instalment on its day of the month, or a lump sum) buys {@code amount / NAV} units, cut to three
 * decimals, at the NAV of its day or the next trading day. Holdings add the purchases up to the last day: units,
 * average NAV {@code invested / units}; SIPs count their instalments. So the SIPs' amounts and dates and the
 * holdings agree.
 */
final class MutualFundFixtures {

    static final int SIP_PAGE_SIZE = 30;
    private static final double LIQUID_YIELD = 0.066;

    /**
     * A monthly SIP: instalments on {@code day} of each month from {@code first}; a paused one stopped after
     * {@code pausedAfter} and resumes on {@code resumes}.
     */
    record Sip(String id, String name, int amount, int day, LocalDate registered, LocalDate first,
               LocalDate pausedAfter, LocalDate resumes) {

        List<LocalDate> instalments(LocalDate until) {
            List<LocalDate> dates = new ArrayList<>();
            LocalDate end = pausedAfter == null ? until : pausedAfter;
            for (LocalDate date = first; !date.isAfter(end); date = date.plusMonths(1).withDayOfMonth(day)) {
                dates.add(date);
            }
            return dates;
        }

        LocalDate next(LocalDate after) {
            if (resumes != null) return resumes;
            LocalDate date = first;
            while (!date.isAfter(after)) date = date.plusMonths(1).withDayOfMonth(day);
            return date;
        }
    }

    /** A lump-sum purchase. */
    record LumpSum(LocalDate date, int amount) {}

    /**
     * A scheme the user holds. {@code beta} and {@code alpha} tie its NAV to the NIFTY 50; a null beta marks the
     * liquid fund.
     */
    record Scheme(String isin, String fund, String folio, String lastNav, Double beta, double alpha, Sip sip,
                  List<LumpSum> lumpSums) {}

    static final List<Scheme> SCHEMES = List.of(
            new Scheme("INF879O01027", "PARAG PARIKH FLEXI CAP FUND - DIRECT PLAN - GROWTH", "13094752", "98.4127",
                    0.75, 0.05, new Sip("140058231", "Parag Parikh Flexi Cap Fund Direct Growth", 10_000, 5,
                            date("2023-01-30"), date("2023-02-05"), null, null), List.of()),
            new Scheme("INF789F01XA0", "UTI NIFTY 50 INDEX FUND - DIRECT PLAN - GROWTH", "509183462", "183.2215",
                    1.0, -0.002, new Sip("140771904", "UTI Nifty 50 Index Fund Direct Growth", 5_000, 10,
                            date("2023-06-02"), date("2023-06-10"), null, null),
                    List.of(new LumpSum(date("2024-06-05"), 25_000))),
            new Scheme("INF200K01T51", "SBI SMALL CAP FUND - DIRECT PLAN - GROWTH", "21487630", "191.6532", 1.2,
                    0.02, new Sip("141305577", "SBI Small Cap Fund Direct Growth", 3_000, 15, date("2024-01-08"),
                            date("2024-01-15"), date("2026-06-15"), date("2027-01-15")), List.of()),
            new Scheme("INF846K01EW2", "AXIS ELSS TAX SAVER FUND - DIRECT PLAN - GROWTH", "91037264519", "108.7346",
                    0.95, -0.01, null, List.of(new LumpSum(date("2023-03-10"), 50_000),
                            new LumpSum(date("2024-03-12"), 50_000), new LumpSum(date("2025-03-11"), 50_000),
                            new LumpSum(date("2026-03-12"), 50_000))),
            new Scheme("INF109K01Q49", "ICICI PRUDENTIAL LIQUID FUND - DIRECT PLAN - GROWTH", "18823047", "412.8604",
                    null, 0, null, List.of(new LumpSum(date("2025-04-07"), 100_000),
                            new LumpSum(date("2026-09-14"), 40_000))),
            new Scheme("INF179K01WN9", "HDFC BALANCED ADVANTAGE FUND - DIRECT PLAN - GROWTH", "30876251", "571.3380",
                    0.6, 0.02, new Sip("142290316", "HDFC Balanced Advantage Fund Direct Growth", 2_500, 25,
                            date("2025-08-18"), date("2025-08-25"), null, null), List.of()));

    private final LocalDate lastDay = MarketModel.LAST_DAY;
    private final BigDecimal lastNifty = DemoWorld.get().market().close(Securities.NIFTY_50, lastDay);

    void addTo(Fixtures fixtures) {
        fixtures.endpoint("mf/holdings", "Mutual fund holdings of the demo user", "/v2/mf/holdings",
                success(holdings()));
        ObjectNode sips = success(sips());
        sips.putObject("meta_data").putObject("page").put("page_number", 1).put("total_pages", 1)
                .put("records", SIP_PAGE_SIZE).put("total_records", sips.get("data").size());
        fixtures.endpoint("mf/sips", "SIPs of the demo user, first page of " + SIP_PAGE_SIZE,
                Fixtures.Request.path("/v2/mf/sips").query("page_number", "1")
                        .query("records", String.valueOf(SIP_PAGE_SIZE)), sips);
    }

    private ArrayNode holdings() {
        ArrayNode rows = NODES.arrayNode();
        for (Scheme scheme : SCHEMES) {
            BigDecimal units = BigDecimal.ZERO.setScale(3);
            BigDecimal invested = BigDecimal.ZERO;
            for (LumpSum purchase : purchases(scheme)) {
                units = units.add(BigDecimal.valueOf(purchase.amount())
                        .divide(nav(scheme, TradingCalendar.onOrAfter(purchase.date())), 3, RoundingMode.DOWN));
                invested = invested.add(BigDecimal.valueOf(purchase.amount()));
            }
            BigDecimal average = invested.divide(units, 4, RoundingMode.HALF_UP);
            BigDecimal last = new BigDecimal(scheme.lastNav());
            ObjectNode row = rows.addObject().put("instrument_key", scheme.isin()).put("folio", scheme.folio())
                    .put("fund", scheme.fund())
                    .put("pnl", last.subtract(average).multiply(units).setScale(2, RoundingMode.HALF_UP))
                    .put("quantity", units).put("average_price", average).put("last_price", last)
                    .put("last_price_date", lastDay.toString());
            // Upstox leaves pledged_quantity out of some rows (see its docs sample); so does the demo account.
            if (scheme.beta() != null) row.put("pledged_quantity", 0);
        }
        return rows;
    }

    private ArrayNode sips() {
        ArrayNode rows = NODES.arrayNode();
        for (Scheme scheme : SCHEMES) {
            Sip sip = scheme.sip();
            if (sip == null) continue;
            List<LocalDate> done = sip.instalments(lastDay);
            rows.addObject().put("instrument_key", scheme.isin()).put("fund", sip.name())
                    .put("dividend_type", "Growth").put("status", sip.pausedAfter() == null ? "ACTIVE" : "PAUSED")
                    .put("created", timestamp(sip.registered())).put("frequency", "MONTHLY").put("instalments", 999)
                    .put("sip_id", sip.id()).put("transaction_type", "BUY")
                    .put("next_instalment", timestamp(sip.next(lastDay)))
                    .put("instalment_amount", BigDecimal.valueOf(sip.amount()).setScale(1))
                    .put("last_instalment", timestamp(done.get(done.size() - 1))).put("pending_instalments", 0)
                    .put("instalment_day", sip.day()).put("trigger_price", new BigDecimal("0.0"))
                    .put("sip_type", "Auto").put("completed_instalments", done.size());
        }
        return rows;
    }

    /** Every purchase of a scheme up to the last day: its SIP instalments and lump sums. */
    private List<LumpSum> purchases(Scheme scheme) {
        List<LumpSum> purchases = new ArrayList<>(scheme.lumpSums());
        if (scheme.sip() != null) {
            scheme.sip().instalments(lastDay).forEach(day -> purchases.add(new LumpSum(day, scheme.sip().amount())));
        }
        return purchases;
    }

    /** The NAV of a scheme on a trading day, to four decimals. */
    BigDecimal nav(Scheme scheme, LocalDate day) {
        double last = Double.parseDouble(scheme.lastNav());
        double years = ChronoUnit.DAYS.between(day, lastDay) / 365.25;
        double nav = scheme.beta() == null ? last * Math.exp(-LIQUID_YIELD * years)
                : last * Math.pow(DemoWorld.get().market().close(Securities.NIFTY_50, day).doubleValue()
                        / lastNifty.doubleValue(), scheme.beta()) * Math.exp(-scheme.alpha() * years);
        return BigDecimal.valueOf(nav).setScale(4, RoundingMode.HALF_UP);
    }

    private static String timestamp(LocalDate date) {
        return date + " 00:00:00.0";
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
