package dev.upstoxmcp.tools.research;

/** The parts of a company's fundamentals a caller can ask for; each is one Upstox request. */
public enum FundamentalsSection {
    PROFILE, KEY_RATIOS, INCOME_STATEMENT, BALANCE_SHEET, CASH_FLOW, SHAREHOLDING, COMPETITORS
}
