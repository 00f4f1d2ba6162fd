package dev.upstoxmcp.it;

/** The risk tools in sandbox mode: the in-WAR sandbox replays the demo world's holdings and candles. */
class SandboxRiskIT extends SandboxModeClient implements RiskContract {}
