package dev.upstoxmcp.tools.portfolio;

/** What get_portfolio_breakdown orders holdings by. */
public enum BreakdownSort { VALUE, PNL, PNL_PERCENT, DAY_CHANGE, WEIGHT, CONTRIBUTION, HOLDING_PERIOD, SYMBOL }
