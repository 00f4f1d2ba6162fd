package dev.upstoxmcp.it;

/** analyze_stock in live mode, with WireMock as Upstox. */
class LiveStockAnalysisIT extends LiveModeClient implements StockAnalysisContract {}
