package dev.upstoxmcp.tools.market;

import static dev.upstoxmcp.upstox.UpstoxGroup.MARKET_INFO;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.MeteredCaches;
import dev.upstoxmcp.upstox.MarketInfoApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.dto.ExchangeTiming;
import dev.upstoxmcp.upstox.dto.MarketHoliday;
import dev.upstoxmcp.upstox.dto.MarketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Exchange status, sessions and holidays. The status is asked for every time; sessions of a day and holiday lists
 * are the same for every user and change rarely, so they are cached for {@link #CALENDAR_TTL}.
 */
@ApplicationScoped
public class MarketStatusService implements MeteredCaches {

    static final Duration CALENDAR_TTL = Duration.ofHours(12);
    static final int NEXT_OPEN_HORIZON_DAYS = 10;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final String CURRENT_YEAR = "current";

    @Inject
    @RestClient
    MarketInfoApi market;

    @Inject
    UpstoxGateway upstox;

    @Inject
    AnswerStamp stamp;

    private final Cache<LocalDate, List<ExchangeTiming>> timings = Caffeine.newBuilder()
            .expireAfterWrite(CALENDAR_TTL).maximumSize(2_000).recordStats().build();
    private final Cache<String, List<MarketHoliday>> holidays = Caffeine.newBuilder()
            .expireAfterWrite(CALENDAR_TTL).maximumSize(2_000).recordStats().build();

    @Override
    public Map<String, Cache<?, ?>> caches() {
        return Map.of("market-timings", timings, "market-holidays", holidays);
    }

    public MarketStatusAnswer status(Exchange exchange, Optional<LocalDate> date, HolidayList list,
                                     Optional<Integer> year) {
        OffsetDateTime now = stamp.now();
        LocalDate day = date.orElse(now.toLocalDate());
        requireKnownDay(day, now.toLocalDate());
        List<MarketHoliday> currentYear = currentYearHolidays();
        int listYear = listYear(currentYear, year);
        MarketStatus status = upstox.fetch(MARKET_INFO, () -> market.status(exchange.name()));
        String code = status.status();
        boolean open = ExchangeCalendar.isOpen(code);
        OffsetDateTime closesAt = open ? ExchangeCalendar.closesAt(exchange.name(), now,
                timingsOf(now.toLocalDate())).orElse(null) : null;
        OffsetDateTime nextOpen = open ? null : ExchangeCalendar.nextOpen(exchange.name(), now,
                NEXT_OPEN_HORIZON_DAYS, this::timingsOf).orElse(null);
        TradingDay tradingDay = tradingDay(exchange, day, holidayOn(day, listYear, currentYear));
        List<MarketHolidayRow> rows = switch (list) {
            case NONE -> List.of();
            case ALL -> currentYear.stream().map(ExchangeCalendar::row).toList();
            case UPCOMING -> currentYear.stream().map(ExchangeCalendar::row)
                    .filter(row -> !row.date().isBefore(day)).toList();
        };
        return new MarketStatusAnswer(exchange, code, open, ExchangeCalendar.phase(code),
                ExchangeCalendar.ist(status.lastUpdated()), nextOpen, closesAt, tradingDay,
                list == HolidayList.NONE ? null : listYear, rows, now, stamp.source());
    }

    /** The exchange holidays of the year Upstox publishes (the current one); another year is refused. */
    public HolidayCalendar holidays(Optional<Integer> year) {
        List<MarketHoliday> currentYear = currentYearHolidays();
        return new HolidayCalendar(listYear(currentYear, year),
                currentYear.stream().map(ExchangeCalendar::row).toList(), stamp.now(), stamp.source());
    }

    private List<MarketHoliday> currentYearHolidays() {
        return holidays.get(CURRENT_YEAR, key -> upstox.fetch(MARKET_INFO, market::holidays));
    }

    /** The year of Upstox's list; {@code wanted}, when given, must be it. */
    private int listYear(List<MarketHoliday> currentYear, Optional<Integer> wanted) {
        int listYear = currentYear.isEmpty() ? stamp.now().getYear()
                : LocalDate.parse(currentYear.get(0).date()).getYear();
        if (wanted.isPresent() && wanted.get() != listYear) {
            throw new ToolCallException("year must be " + listYear + " or left out: Upstox publishes the holiday "
                    + "list of the current year only; got " + wanted.get() + ". To check a day of another year, "
                    + "pass it as date (yyyy-MM-dd).");
        }
        return listYear;
    }

    private TradingDay tradingDay(Exchange exchange, LocalDate day, Optional<MarketHoliday> holiday) {
        List<ExchangeTiming> sessions = timingsOf(day);
        return new TradingDay(day, ExchangeCalendar.weekday(day),
                ExchangeCalendar.sessionOf(exchange.name(), sessions).isPresent(),
                holiday.map(MarketHoliday::description).orElse(null),
                holiday.map(MarketHoliday::holidayType).orElse(null), ExchangeCalendar.sessions(sessions));
    }

    /** From the year's list when the day is in it, else from Upstox's look-up by date. */
    private Optional<MarketHoliday> holidayOn(LocalDate day, int listYear, List<MarketHoliday> currentYear) {
        List<MarketHoliday> candidates = day.getYear() == listYear ? currentYear
                : holidays.get(day.toString(), key -> upstox.fetch(MARKET_INFO, () -> market.holidaysOn(key)));
        return candidates.stream().filter(holiday -> day.toString().equals(holiday.date())).findFirst();
    }

    private List<ExchangeTiming> timingsOf(LocalDate day) {
        return timings.get(day, key -> upstox.fetch(MARKET_INFO, () -> market.timings(key.toString())));
    }

    /** Upstox keeps no calendar before 2000 or beyond the end of next year. */
    static void requireKnownDay(LocalDate day, LocalDate today) {
        LocalDate latest = LocalDate.of(today.getYear() + 1, 12, 31);
        if (day.isBefore(EARLIEST) || day.isAfter(latest)) {
            throw new ToolCallException("date must be between " + EARLIEST + " and " + latest + " (yyyy-MM-dd); got "
                    + day + ".");
        }
    }
}
