package dev.upstoxmcp.tools.market;

import java.time.LocalDate;
import java.util.List;

/**
 * An exchange holiday: which exchanges are closed and which still hold a session (IST), e.g. MCX's evening session.
 *
 * @param type Upstox's holiday type: {@code TRADING_HOLIDAY}, {@code SETTLEMENT_HOLIDAY}, {@code SPECIAL_TIMING}
 */
public record MarketHolidayRow(
        LocalDate date,
        String weekday,
        String description,
        String type,
        List<String> closedExchanges,
        List<ExchangeSession> openSessions) {}
