package dev.upstoxmcp.tools.market;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the exchange calendar: whether the asked exchange trades, the holiday if it is one, and every
 * exchange's session that day (none on weekends and full holidays).
 *
 * @param open        whether the asked exchange has a session this day
 * @param holiday     the holiday's name, or null on an ordinary day
 * @param holidayType Upstox's type, e.g. {@code TRADING_HOLIDAY}; null on an ordinary day
 */
public record TradingDay(
        LocalDate date,
        String weekday,
        boolean open,
        String holiday,
        String holidayType,
        List<ExchangeSession> sessions) {}
