package dev.upstoxmcp.tools.market;

/** One exchange's trading session on a day: opening and closing time, {@code HH:mm} IST. */
public record ExchangeSession(String exchange, String opens, String closes) {}
