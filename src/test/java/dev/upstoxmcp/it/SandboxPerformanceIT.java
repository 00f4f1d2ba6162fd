package dev.upstoxmcp.it;

/** get_portfolio_breakdown and get_portfolio_performance in sandbox mode. */
class SandboxPerformanceIT extends SandboxModeClient implements PerformanceContract {}
