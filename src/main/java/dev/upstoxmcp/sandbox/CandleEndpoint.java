package dev.upstoxmcp.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.upstoxmcp.sandbox.EndpointAnswer.Rejection;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Upstox's v3 candle endpoints over recorded daily series: {@code /v3/historical-candle/{key}/{unit}/{interval}/
 * {to}[/{from}]} and {@code /v3/historical-candle/intraday/{key}/{unit}/{interval}}. Answers are sliced to the
 * requested range, aggregated to weeks or months, or, for minute and hour units, built from minute bars that are
 * derived from each day's bar by a fixed, seeded random walk. Upstox's validations apply: units, intervals, the
 * maximum range per request and the dates from which data exists. The last recorded day is "today".
 *
 * <p>Used by the sandbox and, through a WireMock transformer, by the live-mode tests, so both answer alike.
 */
public final class CandleEndpoint {

    /** Name of the stub-mapping transformer that routes to this endpoint. */
    public static final String TRANSFORMER = "upstox-candles";

    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final Pattern HISTORICAL = Pattern.compile(
            "/v3/historical-candle/([^/]+)/([^/]+)/([^/]+)/([^/]+)(?:/([^/]+))?");
    private static final Pattern INTRADAY = Pattern.compile("/v3/historical-candle/intraday/([^/]+)/([^/]+)/([^/]+)");
    private static final Pattern KEY = Pattern.compile("(NSE_EQ|BSE_EQ|NSE_INDEX|BSE_INDEX|NSE_FO|BSE_FO|MCX_FO|"
            + "NCD_FO|BCD_FO|NSE_COM|MCX_INDEX)\\|.+");
    private static final LocalDate INTRADAY_HISTORY_START = LocalDate.of(2022, 1, 1);
    private static final LocalDate DAILY_HISTORY_START = LocalDate.of(2000, 1, 1);
    private static final LocalTime OPEN = LocalTime.of(9, 15);
    private static final int MINUTES_PER_SESSION = 375;
    private static final BigDecimal EQUITY_TICK = new BigDecimal("0.05");
    private static final BigDecimal INDEX_TICK = new BigDecimal("0.01");

    private CandleEndpoint() {}

    /**
     * Answers a candle request.
     *
     * @param path   the request path as sent (URL-encoded)
     * @param series the recorded series of an instrument key, empty when none is recorded
     */
    public static EndpointAnswer answer(String path, Function<String, Optional<CandleSeries>> series) {
        Matcher intraday = INTRADAY.matcher(path);
        Matcher historical = HISTORICAL.matcher(path);
        try {
            if (intraday.matches()) return intraday(decode(intraday.group(1)), intraday.group(2), intraday.group(3),
                    series);
            if (historical.matches()) return historical(decode(historical.group(1)), historical.group(2),
                    historical.group(3), historical.group(4), historical.group(5), series);
        } catch (Rejection rejection) {
            return rejection.answer();
        }
        return EndpointAnswer.error(404, "UDAPI100060", "Resource not Found.");
    }

    /** The series file of an instrument key: {@code candles/NSE_EQ_INE002A01018.csv}. */
    public static String seriesFile(String instrumentKey) {
        return "candles/" + instrumentKey.replace('|', '_').replace(' ', '_') + ".csv";
    }

    private static EndpointAnswer historical(String key, String unit, String interval, String to, String from,
                                     Function<String, Optional<CandleSeries>> series) {
        Unit period = Unit.parse(unit);
        int every = period.interval(interval);
        LocalDate toDate = date(to, "UDAPI1015", "to_date");
        LocalDate fromDate = from == null ? period.earliestFrom(toDate, every) : date(from, "UDAPI1022", "from_date");
        if (fromDate.isAfter(toDate)) throw new Rejection("UDAPI1021", "to_date must be on or after from_date");
        if (fromDate.isBefore(period.earliestFrom(toDate, every))) {
            throw new Rejection("UDAPI1148", "Invalid date range");
        }
        List<CandleSeries.Bar> days = recorded(key, series).map(s -> s.between(fromDate, toDate)).orElse(List.of());
        return candles(period.candles(key, days, every));
    }

    private static EndpointAnswer intraday(String key, String unit, String interval,
                                   Function<String, Optional<CandleSeries>> series) {
        Unit period = Unit.parse(unit);
        if (period == Unit.WEEKS || period == Unit.MONTHS) throw new Rejection("UDAPI1146", "Invalid unit");
        int every = period.interval(interval);
        List<CandleSeries.Bar> today = recorded(key, series)
                .map(s -> s.between(s.lastDay(), s.lastDay())).orElse(List.of());
        return candles(period.candles(key, today, every));
    }

    private static Optional<CandleSeries> recorded(String key, Function<String, Optional<CandleSeries>> series) {
        if (!KEY.matcher(key).matches()) throw new Rejection("UDAPI100011", "Invalid Instrument key");
        return series.apply(key);
    }

    /** Candle periods Upstox offers, their intervals and how far back one request may reach. */
    private enum Unit {
        MINUTES(300), HOURS(5), DAYS(1), WEEKS(1), MONTHS(1);

        private final int maxInterval;

        Unit(int maxInterval) {
            this.maxInterval = maxInterval;
        }

        static Unit parse(String unit) {
            for (Unit value : values()) {
                if (value.name().equalsIgnoreCase(unit)) return value;
            }
            throw new Rejection("UDAPI1146", "Invalid unit");
        }

        int interval(String text) {
            int interval = text.matches("\\d{1,3}") ? Integer.parseInt(text) : 0;
            if (interval < 1 || interval > maxInterval) throw new Rejection("UDAPI1147", "Invalid interval");
            return interval;
        }

        LocalDate earliestFrom(LocalDate to, int interval) {
            return switch (this) {
                case MINUTES -> max(interval <= 15 ? to.minusMonths(1) : to.minusMonths(3), INTRADAY_HISTORY_START);
                case HOURS -> max(to.minusMonths(3), INTRADAY_HISTORY_START);
                case DAYS -> max(to.minusYears(10), DAILY_HISTORY_START);
                case WEEKS, MONTHS -> DAILY_HISTORY_START;
            };
        }

        List<CandleSeries.Bar> candles(String key, List<CandleSeries.Bar> days, int interval) {
            return switch (this) {
                case DAYS -> days;
                case WEEKS -> aggregate(days, day -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                case MONTHS -> aggregate(days, day -> day.withDayOfMonth(1));
                case MINUTES -> intradayBars(key, days, interval);
                case HOURS -> intradayBars(key, days, interval * 60);
            };
        }
    }

    private static EndpointAnswer candles(List<CandleSeries.Bar> oldestFirst) {
        ObjectNode data = EndpointAnswer.JSON.createObjectNode();
        ArrayNode candles = data.putArray("candles");
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            CandleSeries.Bar bar = oldestFirst.get(i);
            candles.addArray().add(bar.start().atOffset(IST).format(TIMESTAMP)).add(bar.open()).add(bar.high())
                    .add(bar.low()).add(bar.close()).add(bar.volume()).add(0);
        }
        return EndpointAnswer.success(data);
    }

    private static List<CandleSeries.Bar> aggregate(List<CandleSeries.Bar> days,
                                                    Function<LocalDate, LocalDate> periodStart) {
        Map<LocalDate, List<CandleSeries.Bar>> periods = new LinkedHashMap<>();
        for (CandleSeries.Bar day : days) {
            periods.computeIfAbsent(periodStart.apply(day.date()), start -> new ArrayList<>()).add(day);
        }
        List<CandleSeries.Bar> bars = new ArrayList<>();
        periods.forEach((start, members) -> bars.add(merge(start, members)));
        return bars;
    }

    private static CandleSeries.Bar merge(LocalDate start, List<CandleSeries.Bar> members) {
        BigDecimal high = members.stream().map(CandleSeries.Bar::high).reduce(BigDecimal::max).orElseThrow();
        BigDecimal low = members.stream().map(CandleSeries.Bar::low).reduce(BigDecimal::min).orElseThrow();
        long volume = members.stream().mapToLong(CandleSeries.Bar::volume).sum();
        return new CandleSeries.Bar(start.atStartOfDay(), members.get(0).open(), high, low,
                members.get(members.size() - 1).close(), volume);
    }

    /**
     * Minute bars of each day, merged into {@code minutes}-long candles. A day's 375 one-minute closes follow a
     * seeded random walk from its open to its close, scaled into its low-high range; volume is spread evenly.
     */
    private static List<CandleSeries.Bar> intradayBars(String key, List<CandleSeries.Bar> days, int minutes) {
        List<CandleSeries.Bar> bars = new ArrayList<>();
        for (CandleSeries.Bar day : days) {
            List<CandleSeries.Bar> ones = minuteBars(key, day);
            for (int start = 0; start < ones.size(); start += minutes) {
                List<CandleSeries.Bar> group = ones.subList(start, Math.min(ones.size(), start + minutes));
                CandleSeries.Bar merged = merge(day.date(), group);
                bars.add(new CandleSeries.Bar(group.get(0).start(), merged.open(), merged.high(), merged.low(),
                        merged.close(), merged.volume()));
            }
        }
        return bars;
    }

    private static List<CandleSeries.Bar> minuteBars(String key, CandleSeries.Bar day) {
        SplittableRandom random = new SplittableRandom(key.hashCode() * 31L + day.date().toEpochDay());
        double[] walk = new double[MINUTES_PER_SESSION + 1];
        for (int i = 1; i <= MINUTES_PER_SESSION; i++) walk[i] = walk[i - 1] + random.nextDouble() - 0.5;
        double open = day.open().doubleValue();
        double close = day.close().doubleValue();
        double highest = 0;
        double lowest = 0;
        double[] bridge = new double[walk.length];      // a walk tied to zero at both ends
        for (int i = 0; i < walk.length; i++) {
            bridge[i] = walk[i] - walk[MINUTES_PER_SESSION] * i / MINUTES_PER_SESSION;
            highest = Math.max(highest, bridge[i]);
            lowest = Math.min(lowest, bridge[i]);
        }
        double up = highest == 0 ? 0 : (day.high().doubleValue() - Math.max(open, close)) / highest;
        double down = lowest == 0 ? 0 : (Math.min(open, close) - day.low().doubleValue()) / -lowest;
        BigDecimal tick = key.contains("_EQ|") || key.contains("_FO|") ? EQUITY_TICK : INDEX_TICK;
        List<CandleSeries.Bar> bars = new ArrayList<>(MINUTES_PER_SESSION);
        double previous = open;
        for (int i = 1; i <= MINUTES_PER_SESSION; i++) {
            double line = open + (close - open) * i / MINUTES_PER_SESSION;
            double price = line + bridge[i] * (bridge[i] >= 0 ? up : down);
            bars.add(new CandleSeries.Bar(day.date().atTime(OPEN).plusMinutes(i - 1), onTick(previous, tick),
                    onTick(Math.max(previous, price), tick), onTick(Math.min(previous, price), tick),
                    onTick(price, tick), day.volume() / MINUTES_PER_SESSION));
            previous = price;
        }
        return bars;
    }

    /** Equity prices move in ₹0.05 steps, index levels in 0.01. */
    private static BigDecimal onTick(double value, BigDecimal tick) {
        return BigDecimal.valueOf(value).divide(tick, 0, RoundingMode.HALF_UP).multiply(tick).setScale(2,
                RoundingMode.UNNECESSARY);
    }

    private static LocalDate date(String text, String code, String name) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notIso) {
            throw new Rejection(code, name + " must be a date in yyyy-MM-dd format");
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
