package dev.upstoxmcp.it;

/** analyze_stock in sandbox mode. */
class SandboxStockAnalysisIT extends SandboxModeClient implements StockAnalysisContract {}
