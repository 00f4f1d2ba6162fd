package dev.upstoxmcp.tools.risk;

import java.math.BigDecimal;

import dev.upstoxmcp.analytics.DatedSeries;
import dev.upstoxmcp.upstox.instruments.Instrument;

/** One holding as the risk figures use it: today's quantity and value, and its daily closes over the period. */
record HeldSeries(String symbol, Instrument instrument, long quantity, BigDecimal currentValue, DatedSeries closes) {}
