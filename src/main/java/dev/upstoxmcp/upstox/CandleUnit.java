package dev.upstoxmcp.upstox;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/**
 * Candle units of Upstox's v3 history API, their allowed intervals, how far one request may reach, and since when
 * data exists (docs table "Historical candle data v3").
 */
public enum CandleUnit {
    MINUTES(300), HOURS(5), DAYS(1), WEEKS(1), MONTHS(1);

    private static final LocalDate INTRADAY_DATA_FROM = LocalDate.of(2022, 1, 1);
    private static final LocalDate DAILY_DATA_FROM = LocalDate.of(2000, 1, 1);

    private final int maxInterval;

    CandleUnit(int maxInterval) {
        this.maxInterval = maxInterval;
    }

    public int maxInterval() {
        return maxInterval;
    }

    /** Whether candles of this unit exist within a trading day (and so for today via the intraday API). */
    public boolean isIntraday() {
        return this == MINUTES || this == HOURS;
    }

    /**
     * Whether the intraday API serves today's candles of this unit and interval: minutes and hours, and the day
     * itself (days at interval 1 only; Upstox's intraday API takes no other day interval).
     */
    public boolean servedForToday(int interval) {
        return isIntraday() || this == DAYS && interval == 1;
    }

    /** The longest range one request may cover, or null when unlimited. */
    public Period maxSpan(int interval) {
        return switch (this) {
            case MINUTES -> interval <= 15 ? Period.ofMonths(1) : Period.ofMonths(3);
            case HOURS -> Period.ofMonths(3);
            case DAYS -> Period.ofYears(10);
            case WEEKS, MONTHS -> null;
        };
    }

    /** The first day Upstox has candles of this unit for. */
    public LocalDate dataFrom() {
        return isIntraday() ? INTRADAY_DATA_FROM : DAILY_DATA_FROM;
    }

    /** The path segment Upstox expects. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
