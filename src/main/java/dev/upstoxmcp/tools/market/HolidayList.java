package dev.upstoxmcp.tools.market;

/** How much of the year's holiday list an answer carries: from the asked day on, the whole year, or none. */
public enum HolidayList {
    UPCOMING, ALL, NONE
}
