package dev.upstoxmcp.it;

/** The market-data tools in sandbox mode. */
class SandboxMarketDataIT extends SandboxModeClient implements MarketDataContract {}
