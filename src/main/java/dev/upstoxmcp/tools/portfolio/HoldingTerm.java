package dev.upstoxmcp.tools.portfolio;

/** Whether a holding's open lots, sold today, would be short-term (all held ≤ 365 days), long-term, or both. */
public enum HoldingTerm { SHORT_TERM, LONG_TERM, MIXED }
