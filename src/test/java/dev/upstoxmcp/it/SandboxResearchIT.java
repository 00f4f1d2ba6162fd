package dev.upstoxmcp.it;

import io.modelcontextprotocol.client.McpSyncClient;

/** The research tools in sandbox mode: the in-WAR sandbox replays the demo world's fundamentals and news. */
class SandboxResearchIT extends SandboxModeClient implements ResearchContract {

    @Override
    public McpSyncClient mcp() {
        return mcp;
    }

    @Override
    public String source() {
        return "sandbox";
    }
}
