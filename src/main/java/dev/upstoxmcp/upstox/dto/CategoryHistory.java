package dev.upstoxmcp.upstox.dto;

import java.util.List;

/**
 * A series by period under a category: income-statement lines ({@code revenue}, {@code operating_profit},
 * {@code net_profit}), cash flows ({@code operating}, {@code investing}, {@code financing}) and shareholders
 * ({@code promoters}, {@code fii}, {@code other_dii}, {@code mutual_funds}, {@code retail_and_other}, in percent).
 * Newest period first.
 */
public record CategoryHistory(String category, List<HistoryItem> history) {}
