package dev.upstoxmcp.tools.risk;

import java.time.LocalDate;

/** The weekly beta of the window ending on {@code date}. */
public record RollingBetaPoint(LocalDate date, double beta) {}
