package dev.upstoxmcp.upstox.dto;

import java.util.List;

/**
 * {@code data} of the v3 historical and intraday candle endpoints: newest first, each candle
 * {@code [timestamp, open, high, low, close, volume, open_interest]} with an ISO-8601 {@code +05:30} timestamp.
 */
public record CandleData(List<List<Object>> candles) {}
