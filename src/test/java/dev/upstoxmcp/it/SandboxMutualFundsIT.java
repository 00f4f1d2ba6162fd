package dev.upstoxmcp.it;

/** The mutual-fund tools in sandbox mode: the in-WAR sandbox replays the demo user's funds. */
class SandboxMutualFundsIT extends SandboxModeClient implements MutualFundsContract {}
