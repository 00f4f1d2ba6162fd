package dev.upstoxmcp.upstox.dto;

import jakarta.json.bind.annotation.JsonbProperty;

/** One exchange's trading session on a day (Upstox's {@code ExchangeTimingData}); times in epoch milliseconds. */
public record ExchangeTiming(
        String exchange,
        @JsonbProperty("start_time") Long startTime,
        @JsonbProperty("end_time") Long endTime) {}
