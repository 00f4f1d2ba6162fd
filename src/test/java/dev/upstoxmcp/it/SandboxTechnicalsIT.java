package dev.upstoxmcp.it;

/** The technical-indicator tool in sandbox mode: the in-WAR sandbox replays the demo world's candles. */
class SandboxTechnicalsIT extends SandboxModeClient implements TechnicalsContract {}
