package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

/**
 * A value of one period ({@code "Mar 2025"}, {@code "Sep 2026"}); {@code change} against the previous period, e.g.
 * {@code "+12.54%"}, is absent on the oldest period and on shareholding.
 */
public record HistoryItem(BigDecimal value, String period, String change) {}
