package dev.upstoxmcp.tools.orders;

/** Upstox's trade-history segments: equity, futures and options, commodity, currency, mutual funds. */
public enum TradeSegment { EQ, FO, COM, CD, MF }
