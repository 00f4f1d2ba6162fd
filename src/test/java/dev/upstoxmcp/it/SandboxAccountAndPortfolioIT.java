package dev.upstoxmcp.it;

import io.modelcontextprotocol.client.McpSyncClient;

/** The account and portfolio tools in sandbox mode: the in-WAR sandbox replays the demo account. */
class SandboxAccountAndPortfolioIT extends SandboxModeClient implements AccountAndPortfolioContract {

    @Override
    public McpSyncClient mcp() {
        return mcp;
    }

    @Override
    public String source() {
        return "sandbox";
    }
}
