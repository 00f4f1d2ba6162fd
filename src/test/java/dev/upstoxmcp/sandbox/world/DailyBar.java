package dev.upstoxmcp.sandbox.world;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One trading day of a security: open, high, low, close in INR (index points for indices) and traded volume. */
public record DailyBar(LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                       long volume) {}
