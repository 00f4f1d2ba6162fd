package dev.upstoxmcp.it;

/** get_market_status in sandbox mode: the in-WAR sandbox answers from the demo world. */
class SandboxMarketInfoIT extends SandboxModeClient implements MarketInfoContract {}
