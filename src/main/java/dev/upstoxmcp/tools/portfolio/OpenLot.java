package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Shares of one holding bought together and still held: their date, quantity and cost in INR. The opening lot holds
 * what the trade history does not explain; it is dated the first day of that history and was bought before it.
 */
public record OpenLot(LocalDate date, long quantity, BigDecimal cost, boolean opening) {}
