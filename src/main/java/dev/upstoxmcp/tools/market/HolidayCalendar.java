package dev.upstoxmcp.tools.market;

import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.upstox.DataSource;

/** A year's exchange holidays (NSE, BSE, MCX and the rest), as Upstox publishes them. */
public record HolidayCalendar(int year, List<MarketHolidayRow> holidays, OffsetDateTime asOf, DataSource source) {}
