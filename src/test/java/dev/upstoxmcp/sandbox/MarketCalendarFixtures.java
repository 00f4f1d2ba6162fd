package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.NODES;
import static dev.upstoxmcp.sandbox.Fixtures.success;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.upstoxmcp.sandbox.world.MarketModel;
import dev.upstoxmcp.sandbox.world.TradingCalendar;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Market information of the demo world. Holidays: one list per year 2023-2026 in the shape of
 * {@code GET /v2/market/holidays}, from {@link TradingCalendar#HOLIDAYS}; the world's current year (2026) is what
 * {@code /v2/market/holidays} answers, and {@link MarketCalendarEndpoint} answers {@code /v2/market/holidays/{date}}
 * and {@code /v2/market/timings/{date}} for any date from these lists. On an exchange holiday every equity, F&amp;O and
 * currency segment is closed; MCX is closed all day on the national holidays and otherwise keeps its evening session
 * (17:00-23:30 IST), as it does in practice. Status: every exchange as it stood at 19:30 IST on the world's last day,
 * after the day's news: equity and F&amp;O closed since 15:30, currency since 17:00, commodity still open.
 */
final class MarketCalendarFixtures {

    static final int FIRST_YEAR = 2023;
    static final LocalTime STATUS_TIME = LocalTime.of(19, 30);
    static final LocalTime MCX_EVENING_START = LocalTime.of(17, 0);

    /** The order in which Upstox's sample lists closed exchanges. */
    private static final List<String> CLOSED = List.of("NFO", "CDS", "BSE", "BCD", "MCX", "NSE", "BFO");
    private static final Set<String> NATIONAL_HOLIDAYS = Set.of("Republic Day", "Good Friday", "Independence Day",
            "Mahatma Gandhi Jayanti", "Mahatma Gandhi Jayanti/Dussehra", "Christmas");
    private static final Status CLOSED_AT_1530 = new Status("NORMAL_CLOSE", LocalTime.of(15, 30));
    private static final Status CLOSED_AT_1700 = new Status("NORMAL_CLOSE", LocalTime.of(17, 0));
    private static final Status OPEN_SINCE_0900 = new Status("NORMAL_OPEN", LocalTime.of(9, 0));
    /** Exchange to its status at {@link #STATUS_TIME}, in Upstox's order. */
    private static final Map<String, Status> STATUS = statuses();

    /** An exchange's phase and since when (IST, on the world's last day). */
    private record Status(String code, LocalTime since) {}

    void addTo(Fixtures fixtures) {
        int currentYear = MarketModel.LAST_DAY.getYear();
        for (int year = FIRST_YEAR; year <= currentYear; year++) {
            ObjectNode list = success(holidays(year));
            if (year == currentYear) {
                fixtures.endpoint("market/holidays-" + year, "Exchange holidays of the current year (" + year + ")",
                        "/v2/market/holidays", list);
            } else {
                fixtures.file("__files/" + MarketCalendarEndpoint.holidaysFile(year), Fixtures.write(list));
            }
        }
        calendarByDate(fixtures);
        for (String exchange : STATUS.keySet()) {
            fixtures.endpoint("market/status-" + exchange, "Status of " + exchange + " at "
                    + STATUS_TIME + " IST on " + MarketModel.LAST_DAY, "/v2/market/status/" + exchange,
                    success(status(exchange)));
        }
        fixtures.file("__files/errors/invalid-exchange.json",
                Fixtures.write(UpstoxErrorFixtures.envelope("UDAPI1089", "Invalid exchange")));
        fixtures.mapping("market/status-invalid-exchange", "Upstox rejects an exchange it does not know",
                Fixtures.Request.pathPattern("/v2/market/status/[^/]+").priority(6), 400,
                "errors/invalid-exchange.json");
    }

    private static ArrayNode holidays(int year) {
        ArrayNode entries = NODES.arrayNode();
        TradingCalendar.HOLIDAYS.entrySet().stream()
                .filter(holiday -> holiday.getKey().getYear() == year)
                .sorted(Map.Entry.comparingByKey())
                .forEach(holiday -> entries.add(entry(holiday.getKey(), holiday.getValue())));
        return entries;
    }

    private static ObjectNode entry(LocalDate date, String description) {
        boolean national = NATIONAL_HOLIDAYS.contains(description);
        ObjectNode entry = NODES.objectNode().put("date", date.toString()).put("description", description)
                .put("holiday_type", "TRADING_HOLIDAY");
        ArrayNode closed = entry.putArray("closed_exchanges");
        CLOSED.stream().filter(exchange -> national || !"MCX".equals(exchange)).forEach(closed::add);
        ArrayNode open = entry.putArray("open_exchanges");
        if (!national) {
            MarketCalendarEndpoint.Session regular = MarketCalendarEndpoint.REGULAR_SESSIONS.get(0);
            open.add(new MarketCalendarEndpoint.Session(regular.exchange(), MCX_EVENING_START, regular.end()).on(date));
        }
        return entry;
    }

    private static void calendarByDate(Fixtures fixtures) {
        fixtures.computed("market/calendar-by-date", "Holidays and trading sessions of any date, from the recorded "
                + "holiday lists", "/v2/market/(timings|holidays)/[^/]+", MarketCalendarEndpoint.TRANSFORMER);
    }

    private static Map<String, Status> statuses() {
        Map<String, Status> statuses = new LinkedHashMap<>();
        for (String exchange : List.of("NSE", "NFO", "CDS", "BSE", "BFO", "BCD", "MCX", "NSCOM")) {
            statuses.put(exchange, switch (exchange) {
                case "CDS", "BCD" -> CLOSED_AT_1700;
                case "MCX", "NSCOM" -> OPEN_SINCE_0900;
                default -> CLOSED_AT_1530;
            });
        }
        return Collections.unmodifiableMap(statuses);
    }

    private static ObjectNode status(String exchange) {
        Status status = STATUS.get(exchange);
        return NODES.objectNode().put("exchange", exchange).put("status", status.code())
                .put("last_updated", MarketCalendarEndpoint.epochMillis(MarketModel.LAST_DAY, status.since()));
    }
}
