package dev.upstoxmcp.it;

/** The account and portfolio tools in sandbox mode: the in-WAR sandbox replays the demo account. */
class SandboxAccountAndPortfolioIT extends SandboxModeClient implements AccountAndPortfolioContract {}
