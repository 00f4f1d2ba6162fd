package dev.upstoxmcp.it;

/** The research tools in sandbox mode: the in-WAR sandbox replays the demo world's fundamentals and news. */
class SandboxResearchIT extends SandboxModeClient implements ResearchContract {}
