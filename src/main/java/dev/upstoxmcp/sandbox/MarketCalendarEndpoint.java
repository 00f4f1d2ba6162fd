package dev.upstoxmcp.sandbox;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Upstox's date-parameterised market-information endpoints over the recorded holiday lists
 * ({@code __files/market/holidays-<year>.json}, each the answer of {@code GET /v2/market/holidays} in that year):
 * {@code /v2/market/holidays/{date}} gives that day's entry (none on an ordinary day) and
 * {@code /v2/market/timings/{date}} the sessions of the day: a holiday's remaining sessions, none on a weekend, else
 * every exchange's regular session. A date that is not {@code yyyy-MM-dd} is rejected with {@code UDAPI1088}, as
 * Upstox does.
 *
 * <p>Used by the sandbox and, through a WireMock transformer, by the live-mode tests, so both answer alike.
 */
public final class MarketCalendarEndpoint {

    /** Name of the stub-mapping transformer that routes to this endpoint. */
    public static final String TRANSFORMER = "upstox-market-calendar";

    /** Regular sessions (IST) in the order Upstox lists exchanges. */
    public static final List<Session> REGULAR_SESSIONS = List.of(
            new Session("MCX", LocalTime.of(9, 0), LocalTime.of(23, 30)),
            new Session("NSE", LocalTime.of(9, 15), LocalTime.of(15, 30)),
            new Session("NFO", LocalTime.of(9, 15), LocalTime.of(15, 30)),
            new Session("CDS", LocalTime.of(9, 0), LocalTime.of(17, 0)),
            new Session("BSE", LocalTime.of(9, 15), LocalTime.of(15, 30)),
            new Session("BCD", LocalTime.of(9, 0), LocalTime.of(17, 0)),
            new Session("BFO", LocalTime.of(9, 15), LocalTime.of(15, 30)));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    private static final Pattern TIMINGS = Pattern.compile("/v2/market/timings/([^/]+)");
    private static final Pattern HOLIDAY_ON = Pattern.compile("/v2/market/holidays/([^/]+)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** An exchange's trading hours (IST). */
    public record Session(String exchange, LocalTime start, LocalTime end) {

        /** Upstox's {@code ExchangeTimingData} of this session on {@code day}: epoch milliseconds. */
        public ObjectNode on(LocalDate day) {
            return JSON.createObjectNode().put("exchange", exchange).put("start_time", epochMillis(day, start))
                    .put("end_time", epochMillis(day, end));
        }
    }

    private MarketCalendarEndpoint() {}

    /** The recorded holiday list of a year: {@code market/holidays-2026.json}. */
    public static String holidaysFile(int year) {
        return "market/holidays-" + year + ".json";
    }

    /**
     * Answers a timings or holiday-on-a-date request.
     *
     * @param path     the request path
     * @param holidays the {@code data} array of a year's recorded holiday list, empty when none is recorded
     */
    public static EndpointAnswer answer(String path, IntFunction<Optional<JsonNode>> holidays) {
        Matcher timings = TIMINGS.matcher(path);
        Matcher holidayOn = HOLIDAY_ON.matcher(path);
        if (timings.matches()) {
            return date(timings.group(1)).map(day -> success(timings(day, holidays))).orElseGet(
                    MarketCalendarEndpoint::invalidDate);
        }
        if (holidayOn.matches()) {
            return date(holidayOn.group(1)).map(day -> {
                ArrayNode entries = JSON.createArrayNode();
                holiday(day, holidays).ifPresent(entries::add);
                return success(entries);
            }).orElseGet(MarketCalendarEndpoint::invalidDate);
        }
        return EndpointAnswer.error(404, "UDAPI100060", "Resource not Found.");
    }

    private static ArrayNode timings(LocalDate day, IntFunction<Optional<JsonNode>> holidays) {
        Optional<JsonNode> holiday = holiday(day, holidays);
        if (holiday.isPresent()) return (ArrayNode) holiday.get().get("open_exchanges").deepCopy();
        ArrayNode sessions = JSON.createArrayNode();
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) return sessions;
        REGULAR_SESSIONS.forEach(session -> sessions.add(session.on(day)));
        return sessions;
    }

    private static Optional<JsonNode> holiday(LocalDate day, IntFunction<Optional<JsonNode>> holidays) {
        Optional<JsonNode> year = holidays.apply(day.getYear());
        if (year.isEmpty()) return Optional.empty();
        for (JsonNode entry : year.get()) {
            if (day.toString().equals(entry.path("date").asString())) return Optional.of(entry);
        }
        return Optional.empty();
    }

    static long epochMillis(LocalDate day, LocalTime time) {
        return day.atTime(time).toInstant(IST).toEpochMilli();
    }

    private static Optional<LocalDate> date(String text) {
        if (!ISO_DATE.matcher(text).matches()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException impossible) {
            return Optional.empty();
        }
    }

    private static EndpointAnswer success(ArrayNode data) {
        return EndpointAnswer.success(data);
    }

    private static EndpointAnswer invalidDate() {
        return EndpointAnswer.error(400, "UDAPI1088", "Invalid date");
    }
}
